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
export function createOwnDatabase(label: string): Promise<OwnDatabase> {
  // The run's template is already migrated and holds the referential: a copy is ready at once.
  return newDatabase(label, process.env.PACTE_TEST_TEMPLATE_DATABASE, async (dataSource) => {
    await ensureElections(dataSource);
    await new ReferentialImporter(dataSource).run(loadReferentialSource());
  });
}

/**
 * A database of its own, migrated and empty (no referential, no election): for a suite that needs the bare schema (the
 * national seed). A copy of the run's migrated database (see the global setup) when there is one.
 */
export function createMigratedDatabase(label: string): Promise<OwnDatabase> {
  return newDatabase(label, process.env.PACTE_TEST_MIGRATED_DATABASE, async () => undefined);
}

/** A new database named after the suite: a copy of `template` when the run made one, else migrated then `fill`ed. */
async function newDatabase(
  label: string,
  template: string | undefined,
  fill: (dataSource: DataSource) => Promise<void>,
): Promise<OwnDatabase> {
  const adminUrl = process.env.PACTE_TEST_ADMIN_URL!;
  const base = process.env.PACTE_TEST_DATABASE_BASE ?? 'pacte_test';
  const name = `${base}_${label}_${process.pid}_${Date.now().toString(36)}`.toLowerCase();
  const parsed = new URL(adminUrl);
  parsed.pathname = `/${name}`;
  const url = parsed.toString();
  const drop = () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  if (template) {
    await copyTemplate(name, template);
    return { url, drop };
  }
  await adminQuery(`CREATE DATABASE ${name}`);
  const dataSource = new DataSource(dataSourceOptions(url, 2));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    await fill(dataSource);
  } finally {
    await dataSource.destroy();
  }
  return { url, drop };
}

/** `describe` when a PostgreSQL server can give a suite its own database, else `describe.skip`. */
export const onServer = process.env.PACTE_TEST_ADMIN_URL ? describe : describe.skip;
