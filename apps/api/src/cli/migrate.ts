import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { withDataSource } from '../database/with-data-source';

/** npm run db:migrate — applies pending migrations to DATABASE_URL, or to the embedded database in DATA_DIR. */
async function main(): Promise<void> {
  await withDataSource(loadConfig(), console.log, async (dataSource) => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    console.log(applied.length ? `applied: ${applied.map((m) => m.name).join(', ')}` : 'the schema is up to date');
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
