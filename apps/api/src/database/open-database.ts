import type { AppConfig } from '../config/config';
import { DEFAULT_MAX_CONNECTIONS, startEmbeddedPostgres } from './embedded-postgres';

export interface OpenDatabase {
  url: string;
  /** The pool size to use: the embedded server serves a bounded number of connections. */
  poolMax: number;
  embedded: boolean;
  close(): Promise<void>;
}

/** DATABASE_URL when set; otherwise the embedded PostgreSQL in DATA_DIR, started here. */
export async function openDatabase(config: AppConfig, log: (msg: string) => void): Promise<OpenDatabase> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, poolMax: 10, embedded: false, close: () => Promise.resolve() };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, logger: log });
  // Leave a connection free for a one-off client (psql) while the app runs.
  return {
    url: embedded.url,
    poolMax: Math.max(1, Math.min(DEFAULT_MAX_CONNECTIONS, embedded.maxConnections) - 2),
    embedded: true,
    close: () => embedded.stop(),
  };
}
