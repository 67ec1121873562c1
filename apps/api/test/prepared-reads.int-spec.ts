import type { Pool } from 'pg';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { MAX_PREPARED_READS, preparedRead, RoutedDataSource } from '../src/database/read-route';
import { createCommitted } from './support/factories';
import { createTestApi, TestApi } from './support/test-app';

const PAGE = `query($kind: CollectivityKind!, $code: String!) {
  collectivity(kind: $kind, code: $code) {
    id name
    commitment { id scores { overall } actions { actionCode status evidencePage(first: 5) { totalCount } } }
  }
}`;

const PREPARED = `SELECT name, statement FROM pg_prepared_statements ORDER BY name`;

/**
 * The statements prepared on the connection that runs this (each connection has its own): for the API's data source,
 * the one connection of its prepared reads' pool (a private field, read here only); in a transaction, the
 * transaction's.
 */
const preparedOn = async (source: DataSource | EntityManager): Promise<{ name: string; statement: string }[]> => {
  const pools = (source as unknown as { preparedPools?: { primary: Pool } | null }).preparedPools;
  return pools ? (await pools.primary.query(PREPARED)).rows : source.query(PREPARED);
};

/**
 * The public pages' reads are named prepared statements (database/read-route.ts, issue 12): PostgreSQL parses and
 * plans each once per connection. With one connection in the pool, what it prepared can be read back from
 * pg_prepared_statements on that same connection.
 */
describe('prepared reads', () => {
  describe('a collectivity page', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await createTestApi({}, { poolMax: 1 });
    });
    afterAll(() => api.close());

    it('prepares its reads once and answers the same from the prepared statements', async () => {
      const { collectivityId: id } = await createCommitted(api, 'COMMUNE');
      const { collectivity: place } = await api.ok(`query($id: ID!) { collectivity(id: $id) { kind code } }`, { id });
      const before = new Set((await preparedOn(api.dataSource)).map((p) => p.name));
      const first = await api.ok(PAGE, place, { token: null });
      const prepared = (await preparedOn(api.dataSource)).filter((p) => p.name.startsWith('read_'));
      const added = prepared.filter((p) => !before.has(p.name));
      // The page's own reads, each under its own name: the collectivity by kind and code, then (prepared by this
      // page or by the read before) its commitment, its progress state and its evidence pages.
      expect(added.some((p) => /FROM collectivity c\s+WHERE c.kind = \$2 AND c.code = \$1/.test(p.statement))).toBe(
        true,
      );
      for (const table of [/FROM commitment m/, /FROM action_progress p/, /FROM evidence_action a/]) {
        expect(prepared.filter((p) => table.test(p.statement)).length).toBeGreaterThan(0);
      }

      const second = await api.ok(PAGE, place, { token: null });
      expect(second).toEqual(first);
      expect(first.collectivity.commitment.actions.length).toBeGreaterThan(20);
      // Read again: nothing new to prepare.
      expect((await preparedOn(api.dataSource)).filter((p) => p.name.startsWith('read_'))).toHaveLength(
        prepared.length,
      );
    });
  });

  describe('the data source', () => {
    const open = async (prepareReads: boolean) =>
      new RoutedDataSource(
        // Quiet: one test fails a statement on purpose.
        { ...dataSourceOptions(process.env.PACTE_TEST_DATABASE_URL!, 1), logging: false },
        { prepareReads },
      ).initialize();
    let routed: RoutedDataSource;
    beforeAll(async () => {
      routed = await open(true);
    });
    afterAll(() => routed.destroy());
    const prepared = async (source: DataSource | EntityManager, sql: string) =>
      (await preparedOn(source)).filter((p) => p.statement === sql);

    it('runs a read unprepared in a transaction, prepared outside', async () => {
      const sql = `SELECT $1::int + 1 AS n`;
      await routed.transaction(async (manager) => {
        expect(await preparedRead(manager, sql, [1])).toEqual([{ n: 2 }]);
        expect(await prepared(manager, sql)).toEqual([]);
      });
      expect(await preparedRead(routed.manager, sql, [2])).toEqual([{ n: 3 }]);
      expect(await preparedRead(routed, sql, [3])).toEqual([{ n: 4 }]);
      expect(await prepared(routed, sql)).toHaveLength(1);
    });

    it('reports a failing statement as TypeORM does, and the connection goes on', async () => {
      const failing = routed.preparedQuery(`SELECT 1 / $1::int AS n`, [0]);
      await expect(failing).rejects.toBeInstanceOf(QueryFailedError);
      await expect(failing).rejects.toThrow(/division by zero/);
      expect(await routed.preparedQuery(`SELECT 1 / $1::int AS n`, [1])).toEqual([{ n: 1 }]);
    });

    it(`prepares at most ${MAX_PREPARED_READS} statements; any other runs unprepared`, async () => {
      const separate = await open(true);
      try {
        for (let i = 0; i < MAX_PREPARED_READS + 20; i += 1) {
          expect(await separate.preparedQuery(`SELECT $1::int + ${i} AS n`, [1])).toEqual([{ n: 1 + i }]);
        }
        expect(await preparedOn(separate)).toHaveLength(MAX_PREPARED_READS);
        // The ones beyond the limit still answer, unprepared, each time.
        expect(await separate.preparedQuery(`SELECT $1::int + ${MAX_PREPARED_READS + 5} AS n`, [0])).toEqual([
          { n: MAX_PREPARED_READS + 5 },
        ]);
        expect(await preparedOn(separate)).toHaveLength(MAX_PREPARED_READS);
      } finally {
        await separate.destroy();
      }
    });

    it('plans the prepared reads once, generically, and leaves the other statements their custom plans', async () => {
      const mode = `SELECT current_setting('plan_cache_mode') AS mode`;
      expect(await routed.preparedQuery(mode, [])).toEqual([{ mode: 'force_generic_plan' }]);
      expect(await routed.query(mode)).toEqual([{ mode: 'auto' }]);
      await routed.transaction(async (manager) => {
        expect(await preparedRead(manager, mode, [])).toEqual([{ mode: 'auto' }]);
      });
    });

    it('prepares nothing when told not to (the embedded database)', async () => {
      const unprepared = await open(false);
      try {
        expect(await unprepared.preparedQuery(`SELECT $1::text AS t`, ['x'])).toEqual([{ t: 'x' }]);
        expect(await preparedOn(unprepared)).toEqual([]);
      } finally {
        await unprepared.destroy();
      }
    });
  });
});
