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

/**
 * One database for the whole run, migrated and loaded with the official referential, so tests can use real
 * communes. Each test makes its own lists, commitments and syndicats through factories, so tests don't depend on
 * each other.
 *
 * The server is TEST_DATABASE_URL (default: the local PostgreSQL on 127.0.0.1:5432); the run creates its own database
 * there and drops it at the end. When no server answers, the run uses the embedded PostgreSQL instead.
 */
export default async function globalSetup(): Promise<void> {
  const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  let url: string;
  if (await reachable(serverUrl)) {
    const name = `pacte_test_${process.pid}_${Date.now()}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const parsed = new URL(serverUrl);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
    process.env.PACTE_TEST_ADMIN_URL = serverUrl;
    process.env.PACTE_TEST_DATABASE_NAME = name;
    console.log(`\ntests on PostgreSQL ${parsed.host}, database ${name}`);
  } else {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'pacte-test-pg-'));
    const embedded = await startEmbeddedPostgres({ dataDir, maxConnections: 16 });
    (globalThis as { __EMBEDDED_PG__?: typeof embedded }).__EMBEDDED_PG__ = embedded;
    url = embedded.url;
    process.env.PACTE_TEST_EMBEDDED = '1';
    console.log(`\nno PostgreSQL server at ${serverUrl}: tests on the embedded PostgreSQL (${dataDir})`);
  }
  process.env.PACTE_TEST_DATABASE_URL = url;

  const dataSource = new DataSource(dataSourceOptions(url, 2));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    await ensureElections(dataSource);
    await new ReferentialImporter(dataSource).run(loadReferentialSource());
  } finally {
    await dataSource.destroy();
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
