import type { AppConfig } from '../config/config';
import { EMBEDDED_POOL_MAX, startEmbeddedPostgres } from './embedded-postgres';

export interface OpenDatabase {
  url: string;
  /**
   * The most connections a pool may open: 10 on a server; 1 on the embedded database, whose one session mixes up the
   * extended-protocol messages of several connections (see EMBEDDED_POOL_MAX).
   */
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
  return {
    url: embedded.url,
    poolMax: EMBEDDED_POOL_MAX,
    embedded: true,
    close: () => embedded.stop(),
  };
}
