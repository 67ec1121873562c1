import { type CollectivityKind, getCatalogue, populationStratum } from '@pacte/pact';
import { committedCommune } from './support/committed-commune';
import { createSyndicat } from './support/factories';
import { csvRows, get } from './support/exports';
import { createTestApi, errorCode, TestApi } from './support/test-app';

const LIST = `query($departementCode: String, $epciCode: String, $kind: CollectivityKind, $stratum: PopulationStratum,
  $source: CommitmentSource, $scoreMin: Float, $scoreMax: Float, $sort: CommittedSort, $order: SortOrder,
  $first: Int, $offset: Int) {
  committedCollectivities(departementCode: $departementCode, epciCode: $epciCode, kind: $kind, stratum: $stratum,
    source: $source,
    scoreMin: $scoreMin, scoreMax: $scoreMax, sort: $sort, order: $order, first: $first, offset: $offset) {
    totalCount hasNextPage nodes { id code name kind population commitment { committedOn scores { overall } } }
  }
}`;
const UPDATE = `mutation($input: UpdateActionProgressInput!) { updateActionProgress(input: $input) { status } }`;

interface Node {
  id: string;
  code: string;
  kind: string;
  population: number | null;
  commitment: { committedOn: string; scores: { overall: number | null } };
}

/** Creuse (23) is left to this suite: no other suite commits anything there. */
describe('the list of committed collectivities: filters, sort, pages', () => {
  let api: TestApi;
  const actions = getCatalogue().actions.map((a) => a.code);
  let gueret: { id: string; commitmentId: string };
  let aubusson: { id: string; commitmentId: string };
  let souterraine: { id: string; commitmentId: string };
  let syndicat: { id: string };
  const list = async (vars: Record<string, unknown>): Promise<{ totalCount: number; nodes: Node[] }> =>
    (await api.ok(LIST, { departementCode: '23', first: 100, ...vars }, { token: null })).committedCollectivities;
  const ids = (page: { nodes: Node[] }) => page.nodes.map((n) => n.id);

  beforeAll(async () => {
    api = await createTestApi();
    gueret = await committedCommune(api, '23096');
    aubusson = await committedCommune(api, '23008');
    souterraine = await committedCommune(api, '23176');
    syndicat = await createSyndicat(api, 'Syndicat creusois', '23');
    await api.ok(`mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }`, {
      input: {
        collectivityId: syndicat.id,
        source: 'COUNCIL_DELIBERATION',
        deliberationNumber: `C-${syndicat.id.slice(0, 8)}`,
        deliberationDate: '2026-07-01',
      },
    });
    // Guéret: two actions done; Aubusson: one in progress; La Souterraine and the syndicat: nothing declared.
    for (const actionCode of actions.slice(0, 2)) {
      await api.ok(UPDATE, { input: { commitmentId: gueret.commitmentId, actionCode, status: 'DONE' } });
    }
    await api.ok(UPDATE, {
      input: { commitmentId: aubusson.commitmentId, actionCode: actions[0], status: 'IN_PROGRESS' },
    });
  });
  afterAll(() => api.close());

  it('sorts by the self-declared score, as the collectivity pages compute it, unknown last', async () => {
    const page = await list({ sort: 'SCORE', order: 'DESC' });
    expect(page.totalCount).toBe(4);
    const scores = page.nodes.map((n) => n.commitment.scores.overall as number);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(ids(page).slice(0, 2)).toEqual([gueret.id, aubusson.id]);
    expect(scores[0]).toBeGreaterThan(scores[1]);
    expect(scores[1]).toBeGreaterThan(0);
    const ascending = await list({ sort: 'SCORE', order: 'ASC' });
    expect(ids(ascending).slice(2)).toEqual([aubusson.id, gueret.id]);
  });

  it('filters by score, with the bounds included', async () => {
    const all = await list({ sort: 'SCORE', order: 'DESC' });
    const aubussonScore = all.nodes.find((n) => n.id === aubusson.id)!.commitment.scores.overall;
    expect(ids(await list({ scoreMin: aubussonScore, sort: 'SCORE', order: 'DESC' }))).toEqual([
      gueret.id,
      aubusson.id,
    ]);
    expect(ids(await list({ scoreMin: aubussonScore, scoreMax: aubussonScore }))).toEqual([aubusson.id]);
    expect(new Set(ids(await list({ scoreMax: 0 })))).toEqual(new Set([souterraine.id, syndicat.id]));
  });

  it('keeps the stored score in step with each change, including concurrent ones', async () => {
    await Promise.all(
      actions
        .slice(2, 6)
        .map((actionCode) =>
          api.ok(UPDATE, { input: { commitmentId: souterraine.commitmentId, actionCode, status: 'DONE' } }),
        ),
    );
    const live = (await list({})).nodes.find((n) => n.id === souterraine.id)!.commitment.scores.overall;
    expect(live).toBeGreaterThan(0);
    expect(ids(await list({ scoreMin: live, scoreMax: live }))).toContain(souterraine.id);
    await api.ok(UPDATE, {
      input: { commitmentId: souterraine.commitmentId, actionCode: actions[2], status: 'NOT_STARTED' },
    });
    const after = (await list({})).nodes.find((n) => n.id === souterraine.id)!.commitment.scores.overall as number;
    expect(after).toBeLessThan(live as number);
    expect(ids(await list({ scoreMin: after, scoreMax: after }))).toContain(souterraine.id);
    expect(ids(await list({ scoreMin: live, scoreMax: live }))).not.toContain(souterraine.id);
  });

  it('filters by kind, population class and source', async () => {
    expect(ids(await list({ kind: 'SYNDICAT' }))).toEqual([syndicat.id]);
    const communes = await list({ kind: 'COMMUNE' });
    expect(new Set(ids(communes))).toEqual(new Set([gueret.id, aubusson.id, souterraine.id]));
    const all = (await list({})).nodes;
    // The DGCL strata are the communes': a syndicat is counted apart (NOT_A_COMMUNE), whatever its population.
    const stratumOf = (n: Node) => populationStratum(n.population, n.kind as CollectivityKind);
    expect(stratumOf(all.find((n) => n.id === syndicat.id)!)).toBe('NOT_A_COMMUNE');
    for (const node of all) {
      const stratum = stratumOf(node);
      expect(ids(await list({ stratum }))).toContain(node.id);
      const others = all.filter((n) => stratumOf(n) !== stratum).map((n) => n.id);
      for (const other of others) expect(ids(await list({ stratum }))).not.toContain(other);
    }
    expect((await list({ source: 'COUNCIL_DELIBERATION' })).totalCount).toBe(4);
    expect((await list({ source: 'LIST_MAJORITY' })).totalCount).toBe(0);
  });

  it('sorts by population and by date, and pages without repeating', async () => {
    const byPopulation = (await list({ sort: 'POPULATION', order: 'DESC' })).nodes.map((n) => n.population as number);
    expect([...byPopulation].sort((a, b) => b - a)).toEqual(byPopulation);
    const byDate = (await list({ sort: 'COMMITTED_ON', order: 'DESC' })).nodes;
    expect(byDate[0].id).toBe(syndicat.id);
    const seen: string[] = [];
    for (let offset = 0; offset < 4; offset += 1) {
      seen.push(...ids(await list({ sort: 'SCORE', order: 'DESC', first: 1, offset })));
    }
    expect(seen).toEqual(ids(await list({ sort: 'SCORE', order: 'DESC' })));
  });

  it('refuses a score outside 0–100 or an unknown sort with a clear code', async () => {
    expect(errorCode(await api.gql(LIST, { scoreMin: -1 }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await api.gql(LIST, { scoreMax: 100.5 }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await api.gql(LIST, { sort: 'SIZE' }))).toBe('BAD_USER_INPUT');
  });

  it('lists the committed member communes of an EPCI, in the list and in its export', async () => {
    const EPCI_OF = `query($code: String!) { collectivity(kind: COMMUNE, code: $code) { epci { kind code } } }`;
    const epciOf = async (code: string) =>
      (await api.ok(EPCI_OF, { code }, { token: null })).collectivity.epci as { kind: string; code: string };
    const epci = await epciOf('23096');
    const members = [];
    for (const [code, c] of [
      ['23096', gueret],
      ['23008', aubusson],
      ['23176', souterraine],
    ] as const) {
      if ((await epciOf(code)).code === epci.code) members.push(c.id);
    }
    expect(members).toContain(gueret.id);
    // The communes of another EPCI and the syndicat are left out (the EPCI itself is not its own member).
    expect(members.length).toBeLessThan(3);
    const page = await list({ departementCode: null, epciCode: epci.code });
    expect(new Set(ids(page))).toEqual(new Set(members));
    expect(page.totalCount).toBe(members.length);

    const response = await get(api, `/exports/committed-collectivities.csv?epci=${epci.code}&demo=false`);
    expect(response.status).toBe(200);
    const rows = csvRows(await response.text());
    expect(rows.map((r) => r.collectivity_code).sort()).toEqual(page.nodes.map((n) => n.code).sort());
    expect(rows.every((r) => r.epci_code === epci.code)).toBe(true);
  });

  it('refuses an EPCI code that is not a SIREN, in the list and in the export', async () => {
    expect(errorCode(await api.gql(LIST, { epciCode: '2400' }))).toBe('VALIDATION_FAILED');
    const response = await get(api, '/exports/committed-collectivities.csv?epci=Grenoble');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'EXPORT_INVALID_FILTER' });
  });
});
