import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { ensureElections } from '../../src/modules/referential/elections.seed';
import { ReferentialImporter } from '../../src/modules/referential/referential.importer';
import { loadReferentialSource } from '../../src/modules/referential/referential.source';
import { adminQuery, copyTemplate } from './template-database';

/**
 * One database, migrated and loaded with the official referential, so tests can use real communes. Each test makes
 * its own lists, commitments and syndicats through factories, so tests don't depend on each other.
 *
 * The server is TEST_DATABASE_URL (default: the local PostgreSQL on 127.0.0.1:5432). There the run loads a template
 * database once and gives each jest worker a copy of it (`<name>_w<JEST_WORKER_ID>`, see worker-database.ts), so that
 * suites running in parallel never see each other's rows; a suite that needs a database of its own copies the
 * template too (support/own-database.ts). The template is itself a copy of the run's migrated, still empty database
 * (`<name>_migrated`), which the suites that need an empty schema copy instead of migrating one of their own. All are
 * dropped at the end. When no server answers, the run uses the embedded PostgreSQL instead, one database for every
 * suite (jest then runs one suite at a time).
 */
export default async function globalSetup(globalConfig: { maxWorkers?: number } = {}): Promise<void> {
  const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  let url: string;
  let template: string | undefined;
  let migrated: string | undefined;
  if (await reachable(serverUrl)) {
    const name = `pacte_test_${Date.now().toString(36)}_${process.pid}`;
    template = `${name}_template`;
    migrated = `${name}_migrated`;
    await adminQuery(`CREATE DATABASE ${migrated}`, serverUrl);
    const parsed = new URL(serverUrl);
    parsed.pathname = `/${migrated}`;
    url = parsed.toString();
    process.env.PACTE_TEST_ADMIN_URL = serverUrl;
    process.env.PACTE_TEST_DATABASE_BASE = name;
    process.env.PACTE_TEST_TEMPLATE_DATABASE = template;
    process.env.PACTE_TEST_MIGRATED_DATABASE = migrated;
    console.log(`\ntests on PostgreSQL ${parsed.host}, databases ${name}_*`);
  } else {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'pacte-test-pg-'));
    const embedded = await startEmbeddedPostgres({ dataDir, maxConnections: 16 });
    (globalThis as { __EMBEDDED_PG__?: typeof embedded }).__EMBEDDED_PG__ = embedded;
    url = embedded.url;
    process.env.PACTE_TEST_EMBEDDED = '1';
    console.log(`\nno PostgreSQL server at ${serverUrl}: tests on the embedded PostgreSQL (${dataDir})`);
  }
  const migrating = new DataSource(dataSourceOptions(url, 2));
  await migrating.initialize();
  try {
    await migrating.runMigrations({ transaction: 'each' });
  } finally {
    await migrating.destroy();
  }
  if (template && migrated) {
    await copyTemplate(template, migrated, serverUrl);
    const parsed = new URL(serverUrl);
    parsed.pathname = `/${template}`;
    url = parsed.toString();
  }
  process.env.PACTE_TEST_DATABASE_URL = url;

  const dataSource = new DataSource(dataSourceOptions(url, 2));
  await dataSource.initialize();
  try {
    await ensureElections(dataSource);
    await new ReferentialImporter(dataSource).run(loadReferentialSource());
  } finally {
    await dataSource.destroy();
  }
  if (template) {
    const base = process.env.PACTE_TEST_DATABASE_BASE!;
    const workers = Math.max(1, globalConfig.maxWorkers ?? 1);
    for (let worker = 1; worker <= workers; worker++) await copyTemplate(`${base}_w${worker}`, template, serverUrl);
    process.env.PACTE_TEST_WORKER_DATABASE_BASE = base;
  }
}

async function reachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
