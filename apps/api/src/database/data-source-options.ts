import * as path from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** The compiled migrations of the `@pacte/migrations` workspace (migrations/dist). */
export function migrationsGlob(): string {
  const root = path.dirname(require.resolve('@pacte/migrations/package.json'));
  return path.join(root, 'dist', '*.js');
}

/**
 * One place that says how the API talks to PostgreSQL: schema only through migrations, never `synchronize`. With a
 * `readUrl` (DATABASE_READ_URL), a second pool on the read replica: TypeORM's replication, every read on the primary
 * by default; the anonymous public reads are sent to the replica by RoutedDataSource (read-route.ts).
 */
export function dataSourceOptions(url: string, poolMax = 10, readUrl: string | null = null): DataSourceOptions {
  return {
    type: 'postgres',
    ...(readUrl ? { replication: { master: { url }, slaves: [{ url: readUrl }], defaultMode: 'master' } } : { url }),
    entities: ENTITIES,
    migrations: [migrationsGlob()],
    migrationsTableName: 'typeorm_migrations',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+ and PGlite: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    logging: ['error'],
    // A connection that cannot be made within 5 s fails (the request answers 503, see common/web/database-outage.ts)
    // rather than waiting for ever while PostgreSQL is unreachable.
    extra: { max: poolMax, connectionTimeoutMillis: 5000 },
  };
}
