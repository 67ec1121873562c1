import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { __EMBEDDED_PG__?: { stop(): Promise<void> } }).__EMBEDDED_PG__;
  if (embedded) {
    await embedded.stop();
    return;
  }
  const adminUrl = process.env.PACTE_TEST_ADMIN_URL;
  const name = process.env.PACTE_TEST_DATABASE_NAME;
  if (!adminUrl || !name || process.env.PACTE_KEEP_TEST_DB) return;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
