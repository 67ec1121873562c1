import { Client } from 'pg';
import { OperationBoundPlugin } from '../src/common/graphql/operation-bound';
import { OwnDatabase, createOwnDatabase, onServer } from './support/own-database';
import { createTestApi, GqlResult, TestApi } from './support/test-app';

const COMMUNE = `query Commune($code: String!) {
  collectivity(code: $code, kind: COMMUNE) { id code name departement { code name } }
}`;
const CODES = ['38185', '69123', '75056', '13055', '31555', '33063'];

/**
 * GRAPHQL_MAX_CONCURRENT_QUERIES: at most that many queries execute at once, the others wait their turn and are all
 * answered. Seen from PostgreSQL: with the collectivity table locked, the queries that execute wait on the lock (one
 * backend each), the others never reach the database. A database of its own: the lock would hold other suites up.
 */
onServer('the bound on queries executing at once', () => {
  let db: OwnDatabase;
  let api: TestApi;
  let locker: Client;
  beforeAll(async () => {
    db = await createOwnDatabase('qbound');
    // A pool larger than the bound: the pool is not what holds the queries back.
    api = await createTestApi({ GRAPHQL_MAX_CONCURRENT_QUERIES: '3' }, { databaseUrl: db.url, poolMax: 8 });
    locker = new Client({ connectionString: db.url });
    await locker.connect();
  });
  afterAll(async () => {
    await locker?.end();
    await api?.close();
    await db?.drop();
  });

  /** The app's statements waiting for the lock on the collectivity table. */
  const waitingOnLock = async () =>
    Number(
      (
        await locker.query<{ n: string }>(
          `SELECT count(*) AS n FROM pg_locks
            WHERE NOT granted AND relation = 'collectivity'::regclass AND database = (
              SELECT oid FROM pg_database WHERE datname = current_database())`,
        )
      ).rows[0].n,
    );

  const until = async (what: string, check: () => Promise<boolean> | boolean) => {
    for (let i = 0; i < 600; i += 1) {
      if (await check()) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`never: ${what}`);
  };

  it('executes three queries at a time, queues the others first come first served, and answers every one', async () => {
    const bound = api.app.get(OperationBoundPlugin);
    const expected = new Map<string, GqlResult>();
    for (const code of CODES) expected.set(code, await api.gql(COMMUNE, { code }, { token: null }));
    expect([...expected.values()].every((answer) => answer.data?.collectivity?.departement && !answer.errors)).toBe(
      true,
    );

    await locker.query('BEGIN');
    await locker.query('LOCK TABLE collectivity IN ACCESS EXCLUSIVE MODE');
    const asked = Array.from({ length: 24 }, (_, i) => CODES[i % CODES.length]);
    const answers = asked.map((code) => api.gql(COMMUNE, { code }, { token: null }));
    let released = false;
    try {
      await until('three queries wait on the lock and 21 for a slot', async () => {
        return (await waitingOnLock()) === 3 && bound.state.waiting === 21;
      });
      expect(bound.state).toMatchObject({ executing: 3, waiting: 21 });
      // Still three after the others had every chance to reach the database.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await waitingOnLock()).toBe(3);
      expect(bound.state).toMatchObject({ executing: 3, waiting: 21 });
      await locker.query('COMMIT');
      released = true;
    } finally {
      if (!released) await locker.query('ROLLBACK');
    }

    const got = await Promise.all(answers);
    got.forEach((answer, i) => expect(answer).toEqual(expected.get(asked[i])));
    expect(bound.state).toEqual({ executing: 0, waiting: 0, mostExecuting: 3 });
  });

  it('does not hold a mutation back behind the queries that fill the slots', async () => {
    const bound = api.app.get(OperationBoundPlugin);
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE collectivity IN ACCESS EXCLUSIVE MODE');
    const queries = Array.from({ length: 5 }, () => api.gql(COMMUNE, { code: '38185' }, { token: null }));
    try {
      await until('the slots are full', () => bound.state.executing === 3 && bound.state.waiting === 2);
      // A mutation that reads no collectivity: answered while every slot is taken.
      const reset = await api.gql(
        `mutation { requestPasswordReset(email: "nobody@example.org") }`,
        {},
        { token: null },
      );
      expect(reset).toEqual({ data: { requestPasswordReset: true } });
      expect(bound.state).toMatchObject({ executing: 3, waiting: 2 });
    } finally {
      await locker.query('COMMIT');
    }
    for (const answer of await Promise.all(queries)) expect(answer.data?.collectivity?.code).toBe('38185');
  });
});
