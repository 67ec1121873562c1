import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { ensureElections } from '../../src/modules/referential/elections.seed';
import { ReferentialImporter } from '../../src/modules/referential/referential.importer';
import { loadReferentialSource } from '../../src/modules/referential/referential.source';
import { adminQuery, copyTemplate } from '../setup/template-database';

export interface OwnDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A database of its own for a suite whose figures must be exact (national totals that another suite running at the
 * same time would change): migrated and loaded with the official referential, as the run's database is. Needs a
 * PostgreSQL server (PACTE_TEST_ADMIN_URL); on the embedded database, use `onServer` to skip.
 */
export async function createOwnDatabase(label: string): Promise<OwnDatabase> {
  const adminUrl = process.env.PACTE_TEST_ADMIN_URL!;
  const base = process.env.PACTE_TEST_DATABASE_BASE ?? 'pacte_test';
  const name = `${base}_${label}_${process.pid}_${Date.now().toString(36)}`.toLowerCase();
  const parsed = new URL(adminUrl);
  parsed.pathname = `/${name}`;
  const url = parsed.toString();
  const drop = () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  const template = process.env.PACTE_TEST_TEMPLATE_DATABASE;
  if (template) {
    // The run's template is already migrated and holds the referential: a copy is ready at once.
    await copyTemplate(name, template);
    return { url, drop };
  }
  await adminQuery(`CREATE DATABASE ${name}`);
  const dataSource = new DataSource(dataSourceOptions(url, 2));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    await ensureElections(dataSource);
    await new ReferentialImporter(dataSource).run(loadReferentialSource());
  } finally {
    await dataSource.destroy();
  }
  return { url, drop };
}

/**
 * A database of its own, migrated and empty (no referential, no election): for a suite that needs the bare schema (the
 * national seed). A copy of the run's migrated database (see the global setup) when there is one.
 */
export async function createMigratedDatabase(label: string): Promise<OwnDatabase> {
  const adminUrl = process.env.PACTE_TEST_ADMIN_URL!;
  const base = process.env.PACTE_TEST_DATABASE_BASE ?? 'pacte_test';
  const name = `${base}_${label}_${process.pid}_${Date.now().toString(36)}`.toLowerCase();
  const parsed = new URL(adminUrl);
  parsed.pathname = `/${name}`;
  const url = parsed.toString();
  const drop = () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  const migrated = process.env.PACTE_TEST_MIGRATED_DATABASE;
  if (migrated) {
    await copyTemplate(name, migrated);
    return { url, drop };
  }
  await adminQuery(`CREATE DATABASE ${name}`);
  const dataSource = new DataSource(dataSourceOptions(url, 2));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
  return { url, drop };
}

/** `describe` when a PostgreSQL server can give a suite its own database, else `describe.skip`. */
export const onServer = process.env.PACTE_TEST_ADMIN_URL ? describe : describe.skip;
