import { Client } from 'pg';

/** Runs one statement as the server's administrator (PACTE_TEST_ADMIN_URL or the given URL). */
export async function adminQuery(sql: string, adminUrl = process.env.PACTE_TEST_ADMIN_URL!): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A copy of the run's template database (migrated, with the official referential), made by PostgreSQL in a second or
 * two: `CREATE DATABASE … TEMPLATE`. Nobody ever connects to the template, which that statement requires; two copies
 * started at the same moment wait for each other, and a copy refused while the server is busy is tried again.
 */
export async function copyTemplate(name: string, template: string, adminUrl?: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${template}`, adminUrl);
      return;
    } catch (error) {
      if (attempt >= 10 || !/being accessed by other users/.test(String(error))) throw error;
      await new Promise((r) => setTimeout(r, 200 * attempt));
    }
  }
}
