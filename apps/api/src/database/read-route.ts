import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Pool, PoolClient, PoolConfig } from 'pg';
import {
  DataSource,
  type DataSourceOptions,
  type EntityManager,
  QueryFailedError,
  type QueryRunner,
  type ReplicationMode,
} from 'typeorm';

/**
 * Where a request's reads go when DATABASE_READ_URL names a read replica (docs/operations.md#read-replica).
 *
 * Everything runs on the primary unless the request was marked as an anonymous public read (a GraphQL query without
 * credentials, an open-data export, a feed, the history export): then its plain reads — `find…`, query builders'
 * selects, `dataSource.query` / `manager.query` outside a transaction, the COPY streams — go to the replica. Writes,
 * transactions and explicit query runners stay on the primary whatever the mark (`createQueryRunner()` is the
 * primary), and so does every request with a credential: a signed-in user never reads a replica that may not have
 * replayed their own write yet.
 */
interface ReadRoute {
  replica: boolean;
}

const routes = new AsyncLocalStorage<ReadRoute>();

/** Express middleware, first of all: every request starts on the primary, in a route the handlers may mark. */
export function readRouteScope(_req: Request, _res: Response, next: NextFunction): void {
  routes.run({ replica: false }, next);
}

/** Marks the current request (when there is one) as reading from the replica, or back on the primary. */
export function readFromReplica(replica = true): void {
  const route = routes.getStore();
  if (route) route.replica = replica;
}

/** Whether plain reads of the current request go to the replica (false outside a request: start, commands, jobs). */
export function readsFromReplica(): boolean {
  return routes.getStore()?.replica === true;
}

/** Runs `work` with every read on the primary, whatever the request's mark (e.g. a counter written then read). */
export function onPrimary<T>(work: () => T): T {
  return routes.run({ replica: false }, work);
}

/**
 * Runs `work` as an anonymous public read, its plain reads on the replica: for handlers outside Nest's routes (the
 * dashboard's pages, served before readRouteScope runs).
 */
export function onReplica<T>(work: () => T): T {
  return routes.run({ replica: true }, work);
}

/**
 * An async iterable whose every step runs in the route of the moment it was made. A stream pulled by the socket
 * (Readable.from) asks for rows in the socket's context, where the request's mark is not: the rows of an export would
 * then be read on the primary, correct but not where they were meant to be read.
 */
export function keepRoute<T>(source: AsyncIterable<T>): AsyncIterable<T> {
  const inRoute = AsyncLocalStorage.snapshot();
  return {
    [Symbol.asyncIterator](): AsyncIterator<T> {
      const iterator = inRoute(() => source[Symbol.asyncIterator]());
      return {
        next: (...args: [] | [unknown]) => inRoute(() => iterator.next(...args)),
        return: (value?: unknown) =>
          inRoute(() => (iterator.return ? iterator.return(value) : Promise.resolve({ done: true, value } as const))),
      } as AsyncIterator<T>;
    },
  };
}

/** The pg pool the current request's plain reads use (for `COPY … TO STDOUT` streams, which take a pool). */
export function readPool(dataSource: DataSource): Pool {
  const driver = dataSource.driver as unknown as PostgresPools;
  const replicaUp = !(dataSource instanceof RoutedDataSource) || dataSource.replicaAvailable();
  return readsFromReplica() && replicaUp && driver.slaves.length > 0 ? driver.slaves[0] : driver.master;
}

/** The pools of the prepared reads: the primary's, and each replica's. */
interface PreparedPools {
  primary: Pool;
  replicas: Pool[];
}

/**
 * A pool beside one of TypeORM's, to the same server with the same settings, whose connections make **generic plans**
 * of prepared statements (`plan_cache_mode = force_generic_plan`): the prepared reads run there, planned once per
 * connection. Left to choose (`auto`), PostgreSQL kept planning each call again for its values: the generic plan of a
 * statement reading `= ANY($1::uuid[])` or `unnest($1::uuid[])` is costed for an array of unknown length, and the
 * custom plan for one id always looks cheaper (issue 12: planning was a fifth of PostgreSQL's CPU for a collectivity
 * page). The setting is the pool's own, so that the other statements, TypeORM's, keep their custom plans. Half as
 * many connections at most as the pool it copies (an idle one closes after 10 s, pg's default).
 */
function genericPlanPool(pool: Pool): Pool {
  const settings = (pool as unknown as { options: PoolConfig }).options;
  const generic = new (pool.constructor as new (config: PoolConfig) => Pool)({
    ...settings,
    max: Math.max(1, Math.ceil((settings.max ?? 10) / 2)),
    options: [settings.options, '-c plan_cache_mode=force_generic_plan'].filter(Boolean).join(' '),
  });
  generic.on('error', (error) =>
    new Logger('Database').warn(`idle connection of the prepared reads: ${error.message}`),
  );
  return generic;
}

/** What TypeORM's Postgres driver holds and does that the fallback needs (not in its public types). */
interface PostgresPools {
  master: Pool;
  slaves: Pool[];
  obtainMasterConnection(): Promise<unknown>;
  obtainSlaveConnection(): Promise<unknown>;
}

/**
 * How long the replica is left alone after it failed to give a connection: meanwhile the reads meant for it go to the
 * primary, then the next one tries it again.
 */
export const REPLICA_RETRY_MS = 10_000;

/**
 * The API's DataSource: TypeORM's, with the reads of a request marked for the replica sent there. Without a replica
 * (no `replication` in the options) TypeORM runs "slave" query runners on the primary: nothing changes.
 */
export class RoutedDataSource extends DataSource {
  private replicaDownUntil = 0;

  /**
   * Whether `preparedQuery` prepares its statements: not on the embedded database, whose one session is shared by
   * every connection (a statement prepared by one would be unknown to a new client, which would prepare it again).
   */
  readonly preparesReads: boolean;

  /** The name of each statement prepared so far, by text: at most {@link MAX_PREPARED_READS}. */
  private readonly preparedNames = new Map<string, string>();

  /** The pools of the prepared reads, whose connections use generic plans (`genericPlanPool`); null when unprepared. */
  private preparedPools: PreparedPools | null = null;

  constructor(options: DataSourceOptions, settings: { prepareReads?: boolean } = {}) {
    super(options);
    this.preparesReads = settings.prepareReads ?? true;
  }

  /**
   * Whether reads may go to the replica now: false for REPLICA_RETRY_MS after it failed to give a connection (down,
   * restarting, unreachable), during which they are read on the primary: readers see fresher data, never an error.
   */
  replicaAvailable(now = Date.now()): boolean {
    return now >= this.replicaDownUntil;
  }

  override async initialize(): Promise<this> {
    await super.initialize();
    const driver = this.driver as unknown as PostgresPools;
    if (driver.slaves?.length) {
      const toReplica = driver.obtainSlaveConnection.bind(driver);
      driver.obtainSlaveConnection = async () => {
        if (!this.replicaAvailable()) return driver.obtainMasterConnection();
        try {
          return await toReplica();
        } catch (error) {
          this.replicaFailed(error as Error);
          return driver.obtainMasterConnection();
        }
      };
    }
    if (this.preparesReads) {
      this.preparedPools = {
        primary: genericPlanPool(driver.master),
        replicas: (driver.slaves ?? []).map(genericPlanPool),
      };
    }
    return this;
  }

  override async destroy(): Promise<void> {
    const pools = this.preparedPools;
    this.preparedPools = null;
    await super.destroy();
    if (pools) await Promise.all([pools.primary, ...pools.replicas].map((pool) => pool.end()));
  }

  private replicaFailed(error: Error): void {
    this.replicaDownUntil = Date.now() + REPLICA_RETRY_MS;
    new Logger('Database').warn(
      `read replica unavailable (${error.message}): its reads go to the primary for ${REPLICA_RETRY_MS / 1000} s`,
    );
  }

  /** A connection of the prepared reads' pools: the replica's for a marked request (while it is up), else the primary's. */
  private async preparedClient(pools: PreparedPools): Promise<PoolClient> {
    if (readsFromReplica() && pools.replicas.length > 0 && this.replicaAvailable()) {
      try {
        return await pools.replicas[0].connect();
      } catch (error) {
        this.replicaFailed(error as Error);
      }
    }
    return pools.primary.connect();
  }

  /** Reads of query builders and `find…` outside a transaction: the replica for a marked request, else the primary. */
  override defaultReplicationModeForReads(): ReplicationMode {
    return readsFromReplica() ? 'slave' : 'master';
  }

  /**
   * A read run as a **named prepared statement** on a connection of the prepared reads' pools (`genericPlanPool`: the
   * replica's for a marked request while it is up, else the primary's): PostgreSQL parses and plans it once per
   * connection instead of on every call, which was most of its work for the small statements of a public page (issue
   * 12: parse, analysis and planning took 0.2–0.6 ms of each statement's 0.3–1 ms). For statements whose text is the
   * same on every call (their values as parameters), at most {@link MAX_PREPARED_READS} of them; any other is run
   * unprepared, as `query` runs it.
   */
  async preparedQuery<T>(text: string, values: unknown[]): Promise<T[]> {
    const pools = this.preparedPools;
    const name = pools ? this.statementName(text) : null;
    if (!pools || name === null) return this.query<T[]>(text, values);
    const client = await this.preparedClient(pools);
    try {
      this.logger.logQuery(text, values);
      return (await client.query({ name, text, values })).rows as T[];
    } catch (error) {
      this.logger.logQueryError(error as Error, text, values);
      throw new QueryFailedError(text, values, error as Error);
    } finally {
      client.release();
    }
  }

  private statementName(text: string): string | null {
    if (!this.preparesReads) return null;
    let name = this.preparedNames.get(text);
    if (name === undefined) {
      if (this.preparedNames.size >= MAX_PREPARED_READS) return null;
      name = `read_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
      this.preparedNames.set(text, name);
    }
    return name;
  }

  /** `dataSource.query` and `manager.query` outside a transaction (a given query runner keeps its own connection). */
  override async query<T = unknown>(query: string, parameters?: unknown[], queryRunner?: QueryRunner): Promise<T> {
    if (queryRunner || !readsFromReplica()) return super.query<T>(query, parameters, queryRunner);
    const replica = this.createQueryRunner('slave');
    try {
      return (await replica.query(query, parameters)) as T;
    } finally {
      await replica.release();
    }
  }
}

/**
 * The most statements `preparedQuery` prepares (each connection keeps a plan of each it ran): beyond them, a text
 * built differently on each call could not make PostgreSQL's backends grow without end.
 */
export const MAX_PREPARED_READS = 500;

/**
 * A read of `source` as a prepared statement ({@link RoutedDataSource.preparedQuery}) when it is the API's data
 * source, or its manager outside a transaction; in a transaction (the manager's query runner), or on another data
 * source (the command-line tools'), as `source.query` runs it.
 */
export function preparedRead<T>(source: DataSource | EntityManager, text: string, values: unknown[]): Promise<T[]> {
  const dataSource = source instanceof DataSource ? source : source.queryRunner ? null : source.connection;
  return dataSource instanceof RoutedDataSource
    ? dataSource.preparedQuery<T>(text, values)
    : source.query<T[]>(text, values);
}
