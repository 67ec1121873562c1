import { Client } from 'pg';

/** Stops the embedded PostgreSQL, or drops every database of the run (the template, the workers', the suites' own). */
export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { __EMBEDDED_PG__?: { stop(): Promise<void> } }).__EMBEDDED_PG__;
  if (embedded) {
    await embedded.stop();
    return;
  }
  const adminUrl = process.env.PACTE_TEST_ADMIN_URL;
  const base = process.env.PACTE_TEST_DATABASE_BASE;
  if (!adminUrl || !base || process.env.PACTE_KEEP_TEST_DB) return;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`,
      [base, `${base}\\_%`],
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
