import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import type { CatalogueSource } from '@pacte/pact';
import { loadConfig } from '../config/config';
import { withDataSource } from '../database/with-data-source';
import {
  CatalogueImporter,
  SOURCE_NAMES,
  ensureSoftwareCatalogue,
  formatImportReport,
} from '../modules/software-catalogue/catalogue.importer';

/**
 * `node apps/api/dist/cli/import-sill.js <file.json>` and `import-comptoir.js <file.json>`: imports a public
 * catalogue from a file (DATABASE_URL, or the embedded database in DATA_DIR), in one transaction, showing progress
 * and reporting the records it skipped. Idempotent. Exits 1 when the file cannot be read or is not of the format.
 */
export async function runCatalogueImport(source: CatalogueSource, argv: string[]): Promise<void> {
  const file = argv[0];
  if (!file || argv.length > 1) {
    throw new Error(`usage: ${source === 'SILL' ? 'import-sill' : 'import-comptoir'} <file.json>`);
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read ${file} as JSON: ${(error as Error).message}`, { cause: error });
  }
  await withDataSource(
    loadConfig(),
    console.log,
    async (dataSource) => {
      // A refused record is named by the importer (CatalogueRecordRefusedError); the failed statement itself, with
      // its hundreds of parameters, is not worth printing.
      dataSource.setOptions({ logging: [] });
      await ensureSoftwareCatalogue(dataSource);
      console.log(`importing the ${SOURCE_NAMES[source]} catalogue from ${file}`);
      const report = await new CatalogueImporter(dataSource, (m) => console.log(m)).run(source, json);
      console.log(formatImportReport(report));
    },
    { migrate: true },
  );
}

export function main(source: CatalogueSource): void {
  runCatalogueImport(source, process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
