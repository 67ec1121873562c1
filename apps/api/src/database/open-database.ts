import type { AppConfig } from '../config/config';

export interface OpenDatabase {
  url: string;
  /** DATABASE_READ_URL, the read replica of `url` for the anonymous public reads; null: none (always on embedded). */
  readUrl: string | null;
  /**
   * The most connections a pool may open: 10 on a server; 1 on the embedded database, whose one session mixes up the
   * extended-protocol messages of several connections (see EMBEDDED_POOL_MAX).
   */
  poolMax: number;
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * DATABASE_URL (and DATABASE_READ_URL) when set; otherwise the embedded PostgreSQL in DATA_DIR, started here. The
 * configuration refuses DATABASE_READ_URL without DATABASE_URL: the embedded database has no replica.
 */
export async function openDatabase(config: AppConfig, log: (msg: string) => void): Promise<OpenDatabase> {
  if (config.databaseUrl) {
    return {
      url: config.databaseUrl,
      readUrl: config.databaseReadUrl,
      poolMax: 10,
      embedded: false,
      close: () => Promise.resolve(),
    };
  }
  // PGlite is loaded only for the embedded database: ~1 MB of heap a server on DATABASE_URL would carry (issue 12).
  type Embedded = typeof import('./embedded-postgres');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a load on demand (above)
  const { EMBEDDED_POOL_MAX, startEmbeddedPostgres } = require('./embedded-postgres') as Embedded;
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, logger: log });
  return {
    url: embedded.url,
    readUrl: null,
    poolMax: EMBEDDED_POOL_MAX,
    embedded: true,
    close: () => embedded.stop(),
  };
}
