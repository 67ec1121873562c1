import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { withDataSource } from '../database/with-data-source';
import { ensureElections } from '../modules/referential/elections.seed';
import { ReferentialImporter } from '../modules/referential/referential.importer';
import { loadReferentialSource } from '../modules/referential/referential.source';

/**
 * npm run import:referential — (re)loads every région, département, EPCI and current commune from
 * @etalab/decoupage-administratif. Idempotent: a second run reports everything unchanged.
 */
async function main(): Promise<void> {
  await withDataSource(
    loadConfig(),
    console.log,
    async (dataSource) => {
      await ensureElections(dataSource);
      const report = await new ReferentialImporter(dataSource, (m) => console.log(m)).run(loadReferentialSource());
      console.table(report.counts);
      for (const s of report.skipped) console.log(`skipped ${s.code}: ${s.reason}`);
    },
    { migrate: true },
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
