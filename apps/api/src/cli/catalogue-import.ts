import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import type { CatalogueSource } from '@pacte/pact';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/config';
import { dataSourceOptions } from '../database/data-source-options';
import { openDatabase } from '../database/open-database';
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
    throw new Error(`cannot read ${file} as JSON: ${(error as Error).message}`);
  }
  const config = loadConfig();
  const database = await openDatabase(config, console.log);
  const dataSource = new DataSource(dataSourceOptions(database.url, 2));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    await ensureSoftwareCatalogue(dataSource);
    console.log(`importing the ${SOURCE_NAMES[source]} catalogue from ${file}`);
    const report = await new CatalogueImporter(dataSource, (m) => console.log(m)).run(source, json);
    console.log(formatImportReport(report));
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.close();
  }
}

export function main(source: CatalogueSource): void {
  runCatalogueImport(source, process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
