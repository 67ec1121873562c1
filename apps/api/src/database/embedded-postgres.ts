import * as path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { acquireDataDirLock } from './data-dir-lock';

/**
 * An embedded PostgreSQL for running without a database server: PGlite (PostgreSQL compiled to WebAssembly)
 * persisted in a folder and served on a local TCP port by pglite-socket, so that `pg` and TypeORM connect to it
 * exactly as to a server.
 *
 * What to know before relying on it (PGlite 0.5.14, pglite-socket 0.2.17):
 *
 * - **One session for everybody.** PGlite is a single PostgreSQL backend. pglite-socket accepts up to
 *   `maxConnections` TCP clients and feeds their protocol messages one at a time to that one backend. While a client
 *   is inside a transaction, only its messages run; the others wait until it commits or rolls back. Transactions are
 *   therefore serialized, never concurrent: isolation is correct, and a rolled-back transaction leaves nothing.
 *   Consequence: code that, inside a transaction, waits for a query on another connection (for instance a query on
 *   the DataSource instead of the transaction's EntityManager) hangs forever; pglite-socket has no timeout.
 * - **Messages, not queries, take turns.** pglite-socket hands the backend each TCP chunk a client sends, and keeps
 *   to one client only while that client is inside a transaction. A query of another connection whose Parse/Bind
 *   and Execute arrive in two chunks around a transaction's start then loses its unnamed portal
 *   (`portal "" does not exist`, seen under load with concurrent requests). The app and the command-line tools
 *   therefore open **one connection** on the embedded database ({@link EMBEDDED_POOL_MAX}): its queries take turns
 *   whole, which costs nothing on a backend that runs one message at a time anyway, and code that would wait on a
 *   second connection fails after the pool's connection timeout instead of hanging.
 * - **Session state is shared** by all connections: `SET` (use `SET LOCAL` in a transaction), temporary tables,
 *   named prepared statements, session advisory locks, LISTEN; `pg_backend_pid()` is the same everywhere.
 * - **Connection limit.** A connection beyond `maxConnections` is closed at once, which `pg` reports as "Connection
 *   terminated unexpectedly". Keep the sum of the `max` of every pool at or below {@link EmbeddedPostgres.maxConnections}.
 *   A closed connection frees its slot asynchronously, a few milliseconds later.
 * - A client that disconnects in the middle of a transaction has it rolled back. Cancel requests are ignored.
 * - **No authentication**: any user name and password are accepted. Keep the default host 127.0.0.1.
 * - **Extensions**: `unaccent` and `pg_trgm` are loaded, so `CREATE EXTENSION IF NOT EXISTS unaccent` / `pg_trgm`
 *   work; other extensions must be added to `extensions` below before they can be created.
 * - It reports **PostgreSQL 18**, where the production server runs 15: use SQL that both accept.
 * - **Memory and time**: about 300 MB of RSS once open; up to about 850 MB and 5 s while creating a new data folder
 *   (initdb), about 1 s to open an existing one.
 * - One process per data folder, enforced by a lock file (see data-dir-lock.ts).
 */

export const DEFAULT_MAX_CONNECTIONS = 10;

/** The pool size of the app and the tools on the embedded database: one connection (see the notes above). */
export const EMBEDDED_POOL_MAX = 1;

export interface EmbeddedPostgresOptions {
  /** Folder of the database files, created if missing. */
  dataDir: string;
  /** TCP port to listen on; 0 (the default) picks a free port. */
  port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** Most TCP connections served at once (default {@link DEFAULT_MAX_CONNECTIONS}). */
  maxConnections?: number;
  logger?: (msg: string) => void;
}

export interface EmbeddedPostgres {
  /** `postgres://postgres:postgres@HOST:PORT/postgres`, for node-postgres and TypeORM. */
  readonly url: string;
  readonly port: number;
  /** The connection limit: the `max` of the pools connecting here must add up to at most this. */
  readonly maxConnections: number;
  /**
   * Closes the server (dropping the connections still open: end your pools first), closes the database and releases
   * the data folder. Idempotent.
   */
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(opts.dataDir);
  const host = opts.host ?? '127.0.0.1';
  const requestedPort = opts.port ?? 0;
  const maxConnections = opts.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
  const log = opts.logger ?? (() => undefined);
  if (!Number.isInteger(requestedPort) || requestedPort < 0 || requestedPort > 65535) {
    throw new Error(`embedded PostgreSQL: port must be an integer between 0 and 65535, got ${requestedPort}`);
  }
  if (!Number.isInteger(maxConnections) || maxConnections < 1) {
    throw new Error(`embedded PostgreSQL: maxConnections must be a positive integer, got ${maxConnections}`);
  }

  const lock = await acquireDataDirLock(dataDir, log);
  let db: PGlite | undefined;
  let server: PGLiteSocketServer | undefined;
  try {
    db = await PGlite.create({ dataDir, extensions: { unaccent, pg_trgm } });
    server = new PGLiteSocketServer({ db, host, port: requestedPort, maxConnections });
    await server.start();
  } catch (err) {
    await server?.stop().catch(() => undefined);
    await db?.close().catch(() => undefined);
    lock.release();
    throw err;
  }

  // getServerConn() is "HOST:PORT" once listening, with the port actually bound.
  const port = Number(server.getServerConn().split(':').pop());
  const url = `postgres://postgres:postgres@${urlHost(host)}:${port}/postgres`;
  if (!isLoopback(host)) {
    log(`embedded PostgreSQL listens on ${host}, which is not a loopback address, and has no authentication`);
  }
  log(`embedded PostgreSQL serving ${dataDir} on ${host}:${port} (at most ${maxConnections} connections)`);

  const openDb = db;
  const openServer = server;
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      try {
        await openServer.stop();
        await openDb.close();
      } finally {
        lock.release();
      }
      log(`embedded PostgreSQL on ${dataDir} stopped`);
    })();
    return stopping;
  };

  return { url, port, maxConnections, stop };
}

/** The host to put in a connection URL: a wildcard address is reached through loopback; IPv6 goes in brackets. */
function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}
