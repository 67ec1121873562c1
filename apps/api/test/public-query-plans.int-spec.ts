import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QueryRunner } from 'typeorm';
import { committedCommune } from './support/committed-commune';
import { ADD_EVIDENCE, UPDATE_PROGRESS, seedCatalogue } from './support/migration-tracker';
import { createTestApi, TestApi } from './support/test-app';

/** Tables that grow with the country (issue 12's national dataset): none may be read whole by a public page. */
const LARGE_TABLES = [
  'audit_event',
  'evidence',
  'evidence_action',
  'action_progress',
  'milestone',
  'candidate_list',
  'signatory',
  'collectivity',
  'commitment',
  'assessment',
];

/**
 * Statements allowed to read a large table whole, each with the reason: to be turned into aggregates kept by the
 * writes (as the statistics are), not to be added to.
 */
const KNOWN_WHOLE_READS: { fragment: string; why: string }[] = [];

/** The dashboard's own documents (apps/web), each file as the dashboard sends it, by the operations it holds. */
const WEB_FEATURES = join(__dirname, '../../web/src/features');
const DOCUMENTS = new Map<string, string>();
for (const [feature, file] of [
  ['collectivity', 'collectivity'],
  ['collectivity', 'territory'],
  ['overview', 'overview'],
  ['directory', 'directory'],
  ['search', 'search'],
  ['election', 'election'],
  ['migration', 'migration'],
  ['audit', 'audit'],
]) {
  const text = readFileSync(join(WEB_FEATURES, feature, 'graphql', `${file}.graphql`), 'utf8');
  for (const [, name] of text.matchAll(/^query (\w+)/gm)) DOCUMENTS.set(name, text);
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}

/**
 * The relations a plan reads whole: a sequential scan, or an index scan with no condition on the index (a full scan of
 * the index, which the planner takes for its order: as costly as a sequential scan at national size).
 */
function fullScans(node: PlanNode): string[] {
  const table = node['Relation Name'];
  const whole =
    table !== undefined &&
    (node['Node Type'] === 'Seq Scan' ||
      (['Index Scan', 'Index Only Scan'].includes(node['Node Type']) && node['Index Cond'] === undefined));
  return [...(whole ? [`${node['Node Type']} on ${table}`] : []), ...(node.Plans ?? []).flatMap(fullScans)];
}

/**
 * Every SQL statement the public pages run (the dashboard's documents, anonymously) is explained with sequential
 * scans disabled: the planner then uses an index wherever one serves the query, and a "Seq Scan" left on a large
 * table means no index does. At national size (2M history entries, 200k evidence items) such a scan is what makes a
 * page slow; the test database is small, so the plan, not a timing, is what is checked.
 */
describe('public pages: every query on a large table is served by an index', () => {
  let api: TestApi;
  let runner: QueryRunner;
  let collectivityId: string;
  let departementCode: string;
  beforeAll(async () => {
    api = await createTestApi();
    const commune = await committedCommune(api, '38151');
    collectivityId = commune.id;
    // Something on each list of the page: progress, evidence linked to two actions.
    const { commitmentId } = commune;
    await api.ok(UPDATE_PROGRESS, { input: { commitmentId, actionCode: '1.1', status: 'DONE' } });
    await api.ok(ADD_EVIDENCE, {
      input: {
        commitmentId,
        actionCodes: ['1.1', '1.2'],
        kind: 'COUNCIL_DELIBERATION',
        date: '2026-05-12',
        title: 'Plan',
      },
    });
    [{ departement_code: departementCode }] = await api.dataSource.query(
      `SELECT departement_code FROM collectivity WHERE code = '38151' AND kind = 'COMMUNE'`,
    );
    await seedCatalogue(api);
    [{ id: softwareId }] = await api.dataSource.query('SELECT id FROM software_catalogue_entry ORDER BY name LIMIT 1');
    runner = api.dataSource.createQueryRunner();
    await runner.query('SET enable_seqscan = off');
    await runner.query('SET plan_cache_mode = force_generic_plan');
  });
  afterAll(async () => {
    await runner?.release();
    await api?.close();
  });

  let softwareId: string;
  const pages = (): [string, Record<string, unknown>][] => [
    ['NationalOverview', {}],
    ['CollectivityPage', { kind: 'COMMUNE', code: '38151' }],
    ['StratumComparison', {}],
    ['CollectivityHistory', { id: collectivityId, first: 20 }],
    ['ActionEvidence', { id: collectivityId, actionCode: '1.1', first: 20, offset: 0 }],
    ['TerritoryCommitted', { departementCode, first: 20, offset: 0 }],
    ['CommittedInDepartement', { departementCode, first: 20, offset: 0 }],
    ['CommittedDirectory', { regionCode: '84', sort: 'SCORE', order: 'DESC', first: 20, offset: 0 }],
    ['DirectoryAreas', {}],
    ['SearchCollectivities', { query: 'grenoble', first: 10, offset: 0, committedOnly: false }],
    ['SearchCollectivities', { query: '38', first: 10, offset: 0, committedOnly: true }],
    ['Elections', {}],
    ['CollectivityElection', { kind: 'COMMUNE', code: '38151' }],
    ['CollectivityMigration', { id: collectivityId }],
    ['CollectivityAudit', { id: collectivityId }],
    ['SoftwareCatalogueSearch', { query: 'libre', first: 10 }],
    ['SoftwareUsers', { catalogueEntryId: softwareId }],
  ];

  it('explains the SQL of each public page without a sequential scan of a large table', async () => {
    const found: { page: string; scan: string; query: string }[] = [];
    let explained = 0;
    let genericExplained = 0;
    const preparedNames = () => (api.dataSource as unknown as { preparedNames: Map<string, string> }).preparedNames;
    for (const [operationName, variables] of pages()) {
      const statements = await api.captureQueries(async () => {
        // Anonymously, as a visitor's browser sends it.
        const response = await fetch(`http://127.0.0.1:${api.app.getHttpServer().address().port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: DOCUMENTS.get(operationName), operationName, variables }),
        });
        const { errors } = (await response.json()) as { errors?: unknown };
        expect({ operationName, errors }).toEqual({ operationName, errors: undefined });
      });
      for (const { query, parameters } of statements) {
        if (!/^\s*(SELECT|WITH)\b/i.test(query)) continue;
        if (KNOWN_WHOLE_READS.some((k) => query.includes(k.fragment))) continue;
        const [{ 'QUERY PLAN': plan }] = await runner.query(`EXPLAIN (FORMAT JSON) ${query}`, parameters);
        explained += 1;
        const plans = [plan as { Plan: PlanNode }[]];
        // A prepared read runs on its generic plan (database/read-route.ts, genericPlanPool): that plan is checked too.
        if (preparedNames().has(query)) {
          await runner.query(`PREPARE generic_read AS ${query}`);
          try {
            // EXECUTE takes its values as literals (a utility statement has no parameters): PostgreSQL quotes the
            // text pg sends for each value.
            let values = '';
            if (parameters?.length) {
              const quoted = parameters.map((_, n) => `quote_nullable($${n + 1}::text)`).join(` || ', ' || `);
              [{ values }] = await runner.query(`SELECT '(' || ${quoted} || ')' AS values`, parameters);
            }
            const [{ 'QUERY PLAN': generic }] = await runner.query(
              `EXPLAIN (FORMAT JSON) EXECUTE generic_read${values}`,
            );
            plans.push(generic as { Plan: PlanNode }[]);
            genericExplained += 1;
          } finally {
            await runner.query('DEALLOCATE generic_read');
          }
        }
        for (const scan of plans.flatMap((p) => fullScans(p[0].Plan))) {
          if (LARGE_TABLES.includes(scan.split(' on ')[1])) {
            found.push({ page: operationName, scan, query: query.replace(/\s+/g, ' ').slice(0, 200) });
          }
        }
      }
    }
    expect(explained).toBeGreaterThan(20);
    expect(genericExplained).toBeGreaterThan(5);
    expect(found).toEqual([]);
  });

  it('looks a collectivity up by its code alone through the index of codes, not the whole (kind, code) one', async () => {
    // A reader of the public API, not the dashboard (which always sends the kind): `collectivity(code:)`.
    const statements = await api.captureQueries(async () => {
      const found = await api.ok(`{ collectivity(code: "38151") { name } }`, {}, { token: null });
      expect(found.collectivity).not.toBeNull();
    });
    const lookup = statements.filter(({ query }) => /FROM collectivity c\b/.test(query));
    expect(lookup).toHaveLength(1);
    const [{ query, parameters }] = lookup;
    const [{ 'QUERY PLAN': plan }] = await runner.query(`EXPLAIN (FORMAT JSON) ${query}`, parameters);
    expect(JSON.stringify(plan)).toContain('"Index Name":"ix_collectivity_code"');
  });
});
