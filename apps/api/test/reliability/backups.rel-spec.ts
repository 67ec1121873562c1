import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { createCommitted } from '../support/factories';
import { createTestApi } from '../support/test-app';
import { ReliabilityReport } from './support/report';

const run = promisify(execFile);
const report = new ReliabilityReport('backups');
const VERIFY = path.resolve(__dirname, '../../dist/cli/verify-history.js');
const TABLES = ['collectivity', 'commitment', 'evidence', 'audit_event', 'user_account', 'role_grant'];

async function counts(url: string): Promise<Record<string, number>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result: Record<string, number> = {};
    for (const table of TABLES) {
      result[table] = Number((await client.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
    }
    return result;
  } finally {
    await client.end();
  }
}

/** docs/operations.md#backups-and-restore, done: pg_dump, pg_restore into a fresh database, history:verify there. */
describe('reliability: backup and restore', () => {
  const source = process.env.PACTE_TEST_DATABASE_URL!;
  const admin = process.env.PACTE_TEST_ADMIN_URL;
  const restoredName = `pacte_restore_${process.pid}_${Date.now()}`;
  const restored = (() => {
    const url = new URL(source);
    url.pathname = `/${restoredName}`;
    return url.toString();
  })();

  afterAll(async () => {
    if (admin) {
      const client = new Client({ connectionString: admin });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${restoredName}`);
      await client.end();
    }
    report.write();
  });

  it('restores a pg_dump into a fresh database whose history chain verifies', async () => {
    if (!admin) {
      console.warn('no PostgreSQL server (embedded run): pg_dump / pg_restore are not exercised');
      return;
    }
    // Some history to carry over: a collectivity and its commitment, written through the app.
    const api = await createTestApi();
    try {
      await createCommitted(api);
      await createCommitted(api);
    } finally {
      await api.close();
    }
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pacte-backup-')), 'pacte.dump');
    const started = Date.now();
    await run('pg_dump', ['-Fc', '-d', source, '-f', file]);
    const client = new Client({ connectionString: admin });
    await client.connect();
    await client.query(`CREATE DATABASE ${restoredName}`);
    await client.end();
    await run('pg_restore', ['--no-owner', '--exit-on-error', '-d', restored, file]);
    const ms = Date.now() - started;
    const before = await counts(source);
    const after = await counts(restored);
    expect(after).toEqual(before);
    expect(after.audit_event).toBeGreaterThan(0);
    const verified = await run(process.execPath, [VERIFY], {
      env: { ...process.env, DATABASE_URL: restored, NODE_ENV: 'production', LOG_LEVEL: 'warn' },
    });
    expect(verified.stdout).toMatch(/history verified \(the database\): \d+ entries/);
    report.add({
      tried: 'pg_dump -Fc of the test database, pg_restore into a new database, history:verify on the copy',
      held: 'the same row counts in every table checked, and the restored history chain verifies',
      figures: { ...after, dumpAndRestoreMs: ms },
    });
  });
});
