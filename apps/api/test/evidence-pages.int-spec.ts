import DataLoader from 'dataloader';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCommitted } from './support/factories';
import { ADD_EVIDENCE, UPDATE_PROGRESS } from './support/migration-tracker';
import { createTestApi, errorCode, TestApi } from './support/test-app';
import { LoaderRegistry } from '../src/common/graphql/loader-registry';
import { EvidenceRepository } from '../src/modules/evidence/evidence.repository';
import { ProgressRepository } from '../src/modules/progress/progress.repository';

/** The dashboard's own documents, as it sends them. */
const WEB_FEATURES = join(__dirname, '../../web/src/features');
const COLLECTIVITY_DOCUMENT = readFileSync(join(WEB_FEATURES, 'collectivity/graphql/collectivity.graphql'), 'utf8');
const OVERVIEW_DOCUMENT = readFileSync(join(WEB_FEATURES, 'overview/graphql/overview.graphql'), 'utf8');

const ACTION_PAGE = `query($id: ID!, $first: Int, $offset: Int) { collectivity(id: $id) { commitment { actions {
  actionCode evidencePage(first: $first, offset: $offset) { totalCount offset hasNextPage nodes { id title actionCodes } }
} } } }`;
const COMMITMENT_PAGE = `query($id: ID!, $actionCode: String, $first: Int, $offset: Int) { collectivity(id: $id) { commitment {
  evidencePage(actionCode: $actionCode, first: $first, offset: $offset) { totalCount offset hasNextPage nodes { id title } }
} } }`;
/** One operation of a dashboard document, anonymously, as a visitor's browser sends it. */
async function asDashboard(api: TestApi, document: string, operationName: string, variables: object = {}) {
  const response = await fetch(`http://127.0.0.1:${api.app.getHttpServer().address().port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document, operationName, variables }),
  });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

/** Runs `code` (an ES module) with bench/baseline.mjs imported as `baseline`; returns what it prints. */
function withBaseline(code: string, input = ''): string {
  const baseline = join(__dirname, '../../../bench/baseline.mjs');
  return execFileSync(
    process.execPath,
    ['--input-type=module', '-e', `import * as baseline from ${JSON.stringify(baseline)};\n${code}`],
    { input, encoding: 'utf8' },
  );
}

const ADD_MILESTONE = `mutation($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }`;

/** Evidence titled `title`, dated `date`, supporting `actionCodes`. */
async function addEvidence(api: TestApi, commitmentId: string, actionCodes: string[], title: string, date: string) {
  return (
    await api.ok(ADD_EVIDENCE, {
      input: { commitmentId, actionCodes, kind: 'COUNCIL_DELIBERATION', date, title },
    })
  ).addEvidence.id as string;
}

describe('evidence pages: per action and per commitment, with the count of all', () => {
  let api: TestApi;
  let collectivityId: string;
  let commitmentId: string;
  beforeAll(async () => {
    api = await createTestApi();
    ({ collectivityId, commitmentId } = await createCommitted(api));
    // Seven pieces for 1.1, the two oldest also for 1.2; dated so that newest first is P7 … P1.
    for (let i = 1; i <= 7; i += 1) {
      await addEvidence(api, commitmentId, i <= 2 ? ['1.1', '1.2'] : ['1.1'], `P${i}`, `2026-0${i + 1}-10`);
    }
  });
  afterAll(() => api?.close());

  const actionsOf = async (variables: object) =>
    new Map<string, any>(
      (
        await api.ok(ACTION_PAGE, { id: collectivityId, ...variables }, { token: null })
      ).collectivity.commitment.actions.map((a: any) => [a.actionCode, a.evidencePage]),
    );

  it('gives each action its first five pieces, newest first, and says how many there are', async () => {
    const pages = await actionsOf({});
    expect(pages.get('1.1')).toEqual({
      totalCount: 7,
      offset: 0,
      hasNextPage: true,
      nodes: ['P7', 'P6', 'P5', 'P4', 'P3'].map((title) => expect.objectContaining({ title })),
    });
    expect(pages.get('1.2')).toEqual({
      totalCount: 2,
      offset: 0,
      hasNextPage: false,
      nodes: [
        expect.objectContaining({ title: 'P2', actionCodes: ['1.1', '1.2'] }),
        expect.objectContaining({ title: 'P1', actionCodes: ['1.1', '1.2'] }),
      ],
    });
    expect(pages.get('1.3')).toEqual({ totalCount: 0, offset: 0, hasNextPage: false, nodes: [] });
  });

  it('lets go of the page’s loaders, and the rows they hold, once the answer is ready', async () => {
    const clear = jest.spyOn(LoaderRegistry.prototype, 'clear');
    const clearAll = jest.spyOn(DataLoader.prototype, 'clearAll');
    try {
      expect((await actionsOf({})).get('1.1').totalCount).toBe(7);
      // Once for the one request, each of its loaders (collectivity, commitment, progress, evidence…) emptied.
      expect(clear).toHaveBeenCalledTimes(1);
      expect((clear.mock.contexts[0] as LoaderRegistry).size).toBe(0);
      expect(clearAll.mock.calls.length).toBeGreaterThanOrEqual(3);
    } finally {
      clear.mockRestore();
      clearAll.mockRestore();
    }
  });

  it('gives the next page from an offset, and an empty page past the end still counts them all', async () => {
    const next = (await actionsOf({ first: 5, offset: 5 })).get('1.1');
    expect(next).toMatchObject({ totalCount: 7, offset: 5, hasNextPage: false });
    expect(next.nodes.map((n: any) => n.title)).toEqual(['P2', 'P1']);
    const past = (await actionsOf({ first: 5, offset: 10 })).get('1.1');
    expect(past).toEqual({ totalCount: 7, offset: 10, hasNextPage: false, nodes: [] });
  });

  it('pages a commitment’s evidence, or one action’s through the commitment ("Voir plus")', async () => {
    const page = async (variables: object) =>
      (await api.ok(COMMITMENT_PAGE, { id: collectivityId, ...variables }, { token: null })).collectivity.commitment
        .evidencePage;
    const all = await page({ first: 3 });
    expect(all).toMatchObject({ totalCount: 7, hasNextPage: true });
    expect(all.nodes.map((n: any) => n.title)).toEqual(['P7', 'P6', 'P5']);
    const ofAction = await page({ actionCode: '1.1', first: 4, offset: 3 });
    expect(ofAction).toMatchObject({ totalCount: 7, offset: 3, hasNextPage: false });
    expect(ofAction.nodes.map((n: any) => n.title)).toEqual(['P4', 'P3', 'P2', 'P1']);
    expect((await page({ actionCode: '1.2' })).nodes.map((n: any) => n.title)).toEqual(['P2', 'P1']);
  });

  it('refuses a page larger than 100 or a negative offset', async () => {
    expect(errorCode(await api.gql(COMMITMENT_PAGE, { id: collectivityId, first: 101 }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await api.gql(ACTION_PAGE, { id: collectivityId, offset: -1 }))).toBe('VALIDATION_FAILED');
  });

  it('tells what is wrong with an action’s page, every problem, in the words of the validation of every page', async () => {
    const refused = async (variables: object) => {
      const { data, errors } = await api.gql(ACTION_PAGE, { id: collectivityId, ...variables }, { token: null });
      expect(data?.collectivity?.commitment ?? null).toBeNull();
      // One error per action (each action's page is refused), all the same.
      expect(new Set(errors!.map((e) => e.message)).size).toBe(1);
      return {
        code: errors![0].extensions?.code,
        message: errors![0].message,
        problems: errors![0].extensions?.problems,
      };
    };
    // (A page larger than 100 on every action is refused before anything runs, as too complex: above.)
    expect(await refused({ offset: 100_001 })).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'Invalid input: offset must not be greater than 100000',
      problems: ['offset must not be greater than 100000'],
    });
    expect(await refused({ first: 0, offset: -1 })).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'Invalid input: first must not be less than 1; offset must not be less than 0',
      problems: ['first must not be less than 1', 'offset must not be less than 0'],
    });
    // The bounds themselves are accepted.
    const edge = await api.ok(ACTION_PAGE, { id: collectivityId, first: 1, offset: 100_000 }, { token: null });
    expect(edge.collectivity.commitment.actions[0].evidencePage).toMatchObject({ offset: 100_000, nodes: [] });
  });
});

/**
 * The dashboard's collectivity page and national overview read every list in batches (DataLoaders): the number of SQL
 * statements is the same for a commitment with nothing recorded as for one with progress, milestones and evidence on
 * many actions, and for the overview with one more committed collectivity. An N+1 read would make it grow.
 */
describe('the collectivity page and the overview: SQL statements do not grow with the data', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api?.close());

  const pageStatements = async (collectivityId: string) => {
    const [{ kind, code }] = await api.dataSource.query('SELECT kind, code FROM collectivity WHERE id = $1', [
      collectivityId,
    ]);
    return api.captureQueries(async () => {
      const { data, errors } = await asDashboard(api, COLLECTIVITY_DOCUMENT, 'CollectivityPage', { kind, code });
      // The page shows each action's first evidence page.
      expect(data?.collectivity.commitment.actions[0].evidencePage.totalCount).toBeGreaterThan(0);
      expect(errors).toBeUndefined();
      expect(data?.collectivity.commitment).not.toBeNull();
    });
  };

  /** A committed collectivity with progress, a milestone and evidence (some for two actions) on each of `codes`. */
  async function recorded(codes: string[]) {
    const made = await createCommitted(api);
    for (const [i, actionCode] of codes.entries()) {
      const commitmentId = made.commitmentId;
      await api.ok(UPDATE_PROGRESS, { input: { commitmentId, actionCode, status: 'IN_PROGRESS' } });
      await api.ok(ADD_MILESTONE, {
        input: { commitmentId, actionCode, date: '2026-09-01', title: `Jalon ${actionCode}` },
      });
      for (let j = 0; j < 3; j += 1) {
        const both = j === 0 && i + 1 < codes.length ? [actionCode, codes[i + 1]] : [actionCode];
        await addEvidence(api, commitmentId, both, `Pièce ${actionCode}/${j}`, `2026-06-${10 + j}`);
      }
    }
    return made;
  }

  it('reads a page with records on twelve actions in as many statements as one with records on one action', async () => {
    const one = await recorded(['1.1']);
    const twelve = await recorded(['1.1', '1.2', '1.3', '1.4', '1.5', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '3.4']);
    const few = await pageStatements(one.collectivityId);
    const many = await pageStatements(twelve.collectivityId);
    // The same statements, whatever the number of ids each one is given (and the order the loaders ran in).
    const shapes = (statements: { query: string }[]) =>
      statements.map((s) => s.query.replace(/IN \(\$\d+(, \$\d+)*\)/g, 'IN (…)')).sort();
    expect(shapes(many)).toEqual(shapes(few));
    // Six: the collectivity (with its département, région and EPCI: one statement), its council signatories, the
    // commitment, its progress state (score, progress, milestones and sections' self-assessments: one statement), its
    // sections' verdicts, and every action's evidence page. A commitment with a signing list: one more (with its
    // election), below.
    expect(many).toHaveLength(6);
  });

  it('reads the actions’ evidence pages beside their progress, not once the progress is read (one round trip less)', async () => {
    const { collectivityId } = await recorded(['1.1', '2.1']);
    const [{ kind, code }] = await api.dataSource.query('SELECT kind, code FROM collectivity WHERE id = $1', [
      collectivityId,
    ]);
    const events: string[] = [];
    const findStates = Object.getOwnPropertyDescriptor(ProgressRepository.prototype, 'findStates')!
      .value as ProgressRepository['findStates'];
    const findActionPages = Object.getOwnPropertyDescriptor(EvidenceRepository.prototype, 'findActionPages')!
      .value as EvidenceRepository['findActionPages'];
    const progress = jest.spyOn(ProgressRepository.prototype, 'findStates').mockImplementation(async function (
      this: ProgressRepository,
      ...args
    ) {
      events.push('progress asked');
      const found = await findStates.apply(this, args);
      events.push('progress read');
      return found;
    });
    const pages = jest.spyOn(EvidenceRepository.prototype, 'findActionPages').mockImplementation(function (
      this: EvidenceRepository,
      ...args
    ) {
      events.push(`evidence asked for ${args[0].length} actions (first ${args[2]})`);
      return findActionPages.apply(this, args);
    });
    try {
      const { data, errors } = await asDashboard(api, COLLECTIVITY_DOCUMENT, 'CollectivityPage', { kind, code });
      expect(errors).toBeUndefined();
      expect(data?.collectivity.commitment.actions[0].evidencePage.totalCount).toBe(3);
    } finally {
      progress.mockRestore();
      pages.mockRestore();
    }
    // Asked in the same tick as the progress, for every action of the catalogue, with the page's `first`.
    expect(events).toEqual(['progress asked', 'evidence asked for 31 actions (first 5)', 'progress read']);
  });

  it('reads a commune’s département, région and EPCI with it, and its signing list with its election', async () => {
    const { collectivityId, commitmentId } = await createCommitted(api, 'COMMUNE');
    await api.ok(UPDATE_PROGRESS, { input: { commitmentId, actionCode: '1.1', status: 'IN_PROGRESS' } });
    await addEvidence(api, commitmentId, ['1.1'], 'Pièce', '2026-06-10');
    const [{ id: epciId }]: { id: string }[] = await api.dataSource.query(
      `INSERT INTO collectivity (code, kind, name, search_name, population, postcodes, origin)
       VALUES ($1, 'COMMUNAUTE_DE_COMMUNES', 'CC de test', 'cc de test', 9000, '{}', 'MANUAL') RETURNING id`,
      [String(Date.now()).slice(-9)],
    );
    const [{ id: electionId }]: { id: string }[] = await api.dataSource.query('SELECT id FROM election LIMIT 1');
    const [{ id: listId }]: { id: string }[] = await api.dataSource.query(
      `INSERT INTO candidate_list (election_id, collectivity_id, name, parties, outcome)
       VALUES ($1, $2, 'Liste libre', '{}', 'MAJORITY') RETURNING id`,
      [electionId, collectivityId],
    );
    await api.dataSource.query('UPDATE collectivity SET epci_id = $2 WHERE id = $1', [collectivityId, epciId]);
    await api.dataSource.query('UPDATE commitment SET candidate_list_id = $2 WHERE id = $1', [commitmentId, listId]);
    const [{ kind, code }] = await api.dataSource.query('SELECT kind, code FROM collectivity WHERE id = $1', [
      collectivityId,
    ]);
    let page: any;
    const statements = await api.captureQueries(async () => {
      const { data, errors } = await asDashboard(api, COLLECTIVITY_DOCUMENT, 'CollectivityPage', { kind, code });
      expect(errors).toBeUndefined();
      page = data?.collectivity;
    });
    expect(page.departement).toMatchObject({ kind: 'DEPARTEMENT', code: '38' });
    expect(page.region).toMatchObject({ kind: 'REGION' });
    expect(page.epci).toEqual({
      id: epciId,
      kind: 'COMMUNAUTE_DE_COMMUNES',
      code: expect.any(String),
      name: 'CC de test',
    });
    expect(page.commitment.candidateList).toMatchObject({ id: listId, name: 'Liste libre' });
    const [election] = await api.dataSource.query('SELECT code, name FROM election WHERE id = $1', [electionId]);
    expect(page.commitment.candidateList.election).toEqual(election);
    // The six statements above, and the signing list with its election: no read of an area, an EPCI or an election.
    expect(statements).toHaveLength(7);
  });

  it('the bench’s baseline (bench/baseline.mjs) returns the same page as the product, evidence pages included', async () => {
    const codes = ['1.1', '1.2', '1.3'];
    const { collectivityId, commitmentId } = await recorded(codes);
    // Seven more on 1.1: its first page is the newest five of ten.
    for (let i = 1; i <= 7; i += 1) {
      await addEvidence(api, commitmentId, ['1.1'], `Plus ${i}`, `2026-07-0${i}`);
    }
    const [{ kind, code }] = await api.dataSource.query('SELECT kind, code FROM collectivity WHERE id = $1', [
      collectivityId,
    ]);
    const product = (await asDashboard(api, COLLECTIVITY_DOCUMENT, 'CollectivityPage', { kind, code })).data;
    const sql = withBaseline('process.stdout.write(baseline.COLLECTIVITY_PAGE_SQL)');
    const [{ page }] = await api.dataSource.query(sql, [kind, code]);
    const compare = (p: unknown, b: unknown) =>
      withBaseline(
        'const { p, b } = JSON.parse((await import("node:fs")).readFileSync(0, "utf8"));\n' +
          'console.log(JSON.stringify(baseline.comparePages(p, b)));',
        JSON.stringify({ p, b }),
      ).trim();
    const baselinePage = typeof page === 'string' ? JSON.parse(page) : page;
    expect(baselinePage.commitment.evidence['1.1'].totalCount).toBe(10);
    expect(compare(product.collectivity, baselinePage)).toBe('null');
    // And it tells a difference: one piece left out of the product's page.
    product.collectivity.commitment.actions[0].evidencePage.nodes.pop();
    expect(compare(product.collectivity, baselinePage)).toBe('"evidence pages differ"');
  });

  it('reads the national overview in the same statements after one more commitment with progress', async () => {
    const overview = () =>
      api.captureQueries(async () => {
        const { errors } = await asDashboard(api, OVERVIEW_DOCUMENT, 'NationalOverview');
        expect(errors).toBeUndefined();
      });
    const before = await overview();
    const { commitmentId } = await createCommitted(api);
    for (const actionCode of ['1.1', '1.2', '2.1']) {
      await api.ok(UPDATE_PROGRESS, { input: { commitmentId, actionCode, status: 'DONE' } });
    }
    const after = await overview();
    expect(after.length).toBe(before.length);
  });

  it('computes the national figures once per data version: read again, one statement reads the version and the month', async () => {
    const read = async () => {
      let figures: any;
      const statements = await api.captureQueries(async () => {
        const { data, errors } = await asDashboard(api, OVERVIEW_DOCUMENT, 'NationalOverview');
        expect(errors).toBeUndefined();
        figures = data?.nationalStatistics;
      });
      return { figures, statements: statements.map((s) => s.query) };
    };
    const { commitmentId } = await createCommitted(api);
    const first = await read();
    const again = await read();
    expect(again.figures).toEqual(first.figures);
    expect(first.statements.length).toBeGreaterThan(2);
    expect(again.statements).toHaveLength(1);
    expect(again.statements.join('\n')).toMatch(/data_version/);
    // Changed by plain SQL, as another process, an import or a seed would: the next read has the new figures.
    await api.dataSource.query('UPDATE commitment SET demo = NOT demo WHERE id = $1', [commitmentId]);
    const changed = await read();
    expect(changed.statements.length).toBe(first.statements.length);
    expect(changed.figures.demoCommitments).toBe(first.figures.demoCommitments + 1);
  });
});

describe('an action’s page order, read from the links (ix_evidence_action_rank, kept by triggers)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api?.close());

  const UPDATE_EVIDENCE = `mutation($input: UpdateEvidenceInput!) { updateEvidence(input: $input) { id version } }`;
  const LINK_EVIDENCE = `mutation($input: LinkEvidenceInput!) { linkEvidence(input: $input) { id version } }`;

  it('follows a re-dated piece and a piece linked later to another action, as the commitment’s own list does', async () => {
    const { collectivityId, commitmentId } = await createCommitted(api);
    const a = await addEvidence(api, commitmentId, ['1.1'], 'Piece A', '2026-03-01');
    const b = await addEvidence(api, commitmentId, ['1.1'], 'Piece B', '2026-04-01');
    const c = await addEvidence(api, commitmentId, ['1.1', '1.2'], 'Piece C', '2026-05-01');
    const titles = async (actionCode: string) => {
      const page = (await api.ok(COMMITMENT_PAGE, { id: collectivityId, actionCode, first: 10 }, { token: null }))
        .collectivity.commitment.evidencePage;
      return { total: page.totalCount, titles: page.nodes.map((n: { title: string }) => n.title) };
    };
    expect(await titles('1.1')).toEqual({ total: 3, titles: ['Piece C', 'Piece B', 'Piece A'] });

    // A is re-dated after C: first of 1.1.
    await api.ok(UPDATE_EVIDENCE, { input: { evidenceId: a, date: '2026-06-01' } });
    expect(await titles('1.1')).toEqual({ total: 3, titles: ['Piece A', 'Piece C', 'Piece B'] });
    // B is linked to 1.2 too: it takes its place by its date there.
    await api.ok(LINK_EVIDENCE, { input: { evidenceId: b, commitmentId, actionCodes: ['1.2'] } });
    expect(await titles('1.2')).toEqual({ total: 2, titles: ['Piece C', 'Piece B'] });

    // The links' copies are the evidence's own, whatever wrote them.
    const stale = await api.dataSource.query(
      `SELECT a.evidence_id FROM evidence_action a JOIN evidence v ON v.id = a.evidence_id
        WHERE v.id = ANY($1::uuid[]) AND (a.commitment_id <> v.commitment_id OR a.date <> v.date
              OR a.created_at <> v.created_at)`,
      [[a, b, c]],
    );
    expect(stale).toEqual([]);
    // Equal dates and times: the larger id first, on the action's page as on the commitment's.
    await api.dataSource.query(
      `UPDATE evidence SET date = '2026-07-01', created_at = '2026-07-01T00:00:00Z' WHERE id = ANY($1::uuid[])`,
      [[b, c]],
    );
    const tied = [b, c].sort().reverse();
    const byId = new Map([
      [b, 'Piece B'],
      [c, 'Piece C'],
    ]);
    expect((await titles('1.2')).titles).toEqual(tied.map((id) => byId.get(id)));
    const all = (await api.ok(COMMITMENT_PAGE, { id: collectivityId, first: 10 }, { token: null })).collectivity
      .commitment.evidencePage.nodes;
    expect(all.map((n: { title: string }) => n.title)).toEqual([...tied.map((id) => byId.get(id)), 'Piece A']);
  });
});
