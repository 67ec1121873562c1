import type { DataSource } from 'typeorm';

/**
 * The key of the session-level advisory lock that serializes what a process does to the database before it serves
 * (the migrations, the reference election, the catalogue, the referential's first import, the demo): two processes
 * started at once on one database, as behind a load balancer on a new release, run it one after the other, and the
 * second finds the work done. A constant: `hashtextextended('pacte:start', 0)` would do as well, but a literal is
 * greppable and never changes with PostgreSQL's hash.
 */
export const START_LOCK_KEY = 7_305_116_710_901_352;

/**
 * Runs `work` holding the start lock on a connection of its own (a session lock: `work` may open and commit as many
 * transactions as it likes). The lock goes with the connection, so a process that dies mid-start lets the next one
 * in. Without a lock (`locked: false`) on the embedded database: one process only can open its data folder, and its
 * single connection would wait for itself.
 */
export async function withStartLock<T>(
  dataSource: DataSource,
  work: () => Promise<T>,
  options: { locked?: boolean; log?: (msg: string) => void } = {},
): Promise<T> {
  if (options.locked === false) return work();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [{ got }] = (await runner.query('SELECT pg_try_advisory_lock($1::bigint) AS got', [START_LOCK_KEY])) as {
      got: boolean;
    }[];
    if (!got) {
      options.log?.('another process is preparing the database (migrations, first import): waiting for it');
      await runner.query('SELECT pg_advisory_lock($1::bigint)', [START_LOCK_KEY]);
    }
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1::bigint)', [START_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}
