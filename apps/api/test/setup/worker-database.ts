/**
 * Runs in each jest worker before its suites (the `api` and `reliability` projects' setupFiles): when the global setup
 * gave every worker a database of its own (on a PostgreSQL server), the suites of this worker use it, so that suites
 * running at the same time in other workers never change the figures this one reads.
 */
const base = process.env.PACTE_TEST_WORKER_DATABASE_BASE;
const worker = process.env.JEST_WORKER_ID ?? '1';
if (base && process.env.PACTE_TEST_DATABASE_URL) {
  const url = new URL(process.env.PACTE_TEST_DATABASE_URL);
  url.pathname = `/${base}_w${worker}`;
  process.env.PACTE_TEST_DATABASE_URL = url.toString();
  process.env.PACTE_TEST_DATABASE_NAME = `${base}_w${worker}`;
}
