import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/config';
import { dataSourceOptions } from '../database/data-source-options';
import { openDatabase } from '../database/open-database';
import { ensureElections } from '../modules/referential/elections.seed';
import { ReferentialImporter } from '../modules/referential/referential.importer';
import { loadReferentialSource } from '../modules/referential/referential.source';

/**
 * npm run import:referential — (re)loads every région, département, EPCI and current commune from
 * @etalab/decoupage-administratif. Idempotent: a second run reports everything unchanged.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config, console.log);
  const dataSource = new DataSource(dataSourceOptions(database.url, 2));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    await ensureElections(dataSource);
    const report = await new ReferentialImporter(dataSource, (m) => console.log(m)).run(loadReferentialSource());
    console.table(report.counts);
    for (const s of report.skipped) console.log(`skipped ${s.code}: ${s.reason}`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
