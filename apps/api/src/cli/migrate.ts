import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { withDataSource } from '../database/with-data-source';

/**
 * npm run db:migrate — applies pending migrations to DATABASE_URL, or to the embedded database in DATA_DIR, under the
 * start lock (an app process starting meanwhile waits for it).
 */
async function main(): Promise<void> {
  await withDataSource(
    loadConfig(),
    console.log,
    (_dataSource, { applied }) => {
      console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the schema is up to date');
      return Promise.resolve();
    },
    { migrate: true },
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
