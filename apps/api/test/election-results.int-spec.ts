import { systemActor } from '../src/common/auth/actor';
import { MinistryListsService, type MinistryList } from '../src/modules/elections/ministry-lists.service';
import { UnitOfWork } from '../src/modules/history/unit-of-work';
import { createCommune, createUser, grantRole } from './support/factories';
import { createTestApi, errorCode, TestApi } from './support/test-app';

const PAGE = `query($id: ID!) { collectivity(id: $id) {
  commitment { source committedOn candidateList { name resultSource } }
  candidateLists { id name panel nuance outcome votes seats communitySeats resultRound resultSource signedAsList }
  history(first: 100) { entityType action after }
} }`;

/**
 * The Ministry's lists and results in the elections' records: a signing list that wins commits its commune, a second
 * run changes nothing, a changed outcome withdraws the commitment (kept, with a history entry), an uncertain match
 * waits in the review queue for a moderator.
 */
describe('Ministry lists and results', () => {
  let api: TestApi;
  let service: MinistryListsService;
  beforeAll(async () => {
    api = await createTestApi();
    service = api.app.get(MinistryListsService);
  });
  afterAll(() => api.close());

  const apply = (lists: MinistryList[]) =>
    api.app.get(UnitOfWork).run(systemActor('test'), (unit) => service.applyCommune(unit, lists));

  async function signingList(collectivityId: string, name: string, head: [string, string], scope = 'LIST') {
    const list = await api.ok(`mutation($i: CreateCandidateListInput!) { createCandidateList(input: $i) { id } }`, {
      i: { collectivityId, name },
    });
    const id = list.createCandidateList.id as string;
    await api.ok(`mutation($i: AddSignatoryInput!) { addSignatory(input: $i) { id } }`, {
      i: {
        candidateListId: id,
        scope,
        positionOnList: 1,
        commune: 'Commune',
        firstName: head[0],
        lastName: head[1],
        signedOn: '2026-02-01',
      },
    });
    return id;
  }

  const result = (
    collectivityId: string,
    panel: number,
    listName: string,
    head: [string, string],
    seats: number,
    outcome: 'MAJORITY' | 'OPPOSITION' | 'NOT_ELECTED',
    file = 'resultats-t1.csv',
  ): MinistryList => ({
    electionCode: 'MUNICIPALES_2026',
    collectivityId,
    panel,
    listName,
    headFirstName: head[0],
    headLastName: head[1],
    nuance: 'LDIV',
    source: { file, line: panel + 1 },
    result: { round: 1, votes: seats * 100, seats, communitySeats: Math.floor(seats / 4), outcome },
  });

  it('commits a commune whose signing list won, with the file as its source; a second run changes nothing', async () => {
    const commune = await createCommune(api, 'Commune résultats');
    const signing = await signingList(commune.id, 'Vivre ensemble', ['Zoé', 'Dupont-Martin']);
    const file = [
      result(commune.id, 1, 'VIVRE ENSEMBLE', ['ZOE', 'DUPONT MARTIN'], 15, 'MAJORITY'),
      result(commune.id, 2, 'Agir', ['Luc', 'Bernard'], 4, 'OPPOSITION'),
    ];
    expect(await apply(file)).toEqual(['UPDATED', 'CREATED']);

    const page = (await api.ok(PAGE, { id: commune.id })).collectivity;
    expect(page.commitment).toEqual({
      source: 'LIST_MAJORITY',
      committedOn: '2026-03-22',
      candidateList: { name: 'Vivre ensemble', resultSource: 'resultats-t1.csv' },
    });
    const lists = Object.fromEntries(page.candidateLists.map((l: any) => [l.name, l]));
    expect(lists['Vivre ensemble']).toMatchObject({
      id: signing,
      panel: 1,
      nuance: 'LDIV',
      outcome: 'MAJORITY',
      seats: 15,
      communitySeats: 3,
      votes: 1500,
      resultRound: 1,
      signedAsList: true,
    });
    expect(lists.Agir).toMatchObject({ panel: 2, outcome: 'OPPOSITION', seats: 4, signedAsList: false });

    expect(await apply(file)).toEqual(['UNCHANGED', 'UNCHANGED']);
    const again = (await api.ok(PAGE, { id: commune.id })).collectivity;
    expect(again.history).toHaveLength(page.history.length);
  });

  it('withdraws the commitment, with a history entry, when a later file gives the majority to another list', async () => {
    const commune = await createCommune(api, 'Commune retournée');
    await signingList(commune.id, 'Demain ensemble', ['Léa', 'Durand']);
    await apply([
      result(commune.id, 1, 'Demain ensemble', ['Léa', 'Durand'], 15, 'MAJORITY'),
      result(commune.id, 2, 'Autre voie', ['Paul', 'Petit'], 4, 'OPPOSITION'),
    ]);
    expect((await api.ok(PAGE, { id: commune.id })).collectivity.commitment).not.toBeNull();

    const corrected = [
      result(commune.id, 1, 'Demain ensemble', ['Léa', 'Durand'], 4, 'OPPOSITION', 'resultats-t1-corrige.csv'),
      result(commune.id, 2, 'Autre voie', ['Paul', 'Petit'], 15, 'MAJORITY', 'resultats-t1-corrige.csv'),
    ];
    expect(await apply(corrected)).toEqual(['UPDATED', 'UPDATED']);
    const page = (await api.ok(PAGE, { id: commune.id })).collectivity;
    expect(page.commitment).toBeNull();
    const withdrawn = page.history.filter((h: any) => h.entityType === 'Commitment' && h.action === 'WITHDRAW');
    expect(withdrawn).toHaveLength(1);
    expect(withdrawn[0].after.reason).toContain('resultats-t1-corrige.csv');
    // Kept, not deleted.
    const rows = await api.dataSource.query(
      `SELECT withdrawn_at IS NOT NULL AS withdrawn, withdrawal_reason FROM commitment WHERE collectivity_id = $1`,
      [commune.id],
    );
    expect(rows).toEqual([{ withdrawn: true, withdrawal_reason: expect.stringContaining('Demain ensemble') }]);
    expect(await apply(corrected)).toEqual(['UNCHANGED', 'UNCHANGED']);

    // The directory no longer lists it.
    const directory = await api.ok(`{ committedCollectivities(first: 100, departementCode: "38") { nodes { id } } }`);
    expect(directory.committedCollectivities.nodes.map((n: any) => n.id)).not.toContain(commune.id);
  });

  it('queues an uncertain match for a moderator, who chooses the list: then the commune is committed', async () => {
    const commune = await createCommune(api, 'Commune incertaine');
    const signing = await signingList(commune.id, 'Ensemble pour demain', ['Anne', 'Moreau']);
    // Same head of list, another name: not certain.
    const file = [result(commune.id, 3, 'Liste citoyenne', ['Anne', 'Moreau'], 19, 'MAJORITY')];
    expect(await apply(file)).toEqual(['QUEUED']);
    expect(await apply(file)).toEqual(['UNCHANGED']);
    let page = (await api.ok(PAGE, { id: commune.id })).collectivity;
    expect(page.commitment).toBeNull();
    expect(page.candidateLists).toHaveLength(1);

    const moderator = await createUser(api, 'Modératrice');
    await grantRole(api, moderator.id, 'CAMPAIGN_MODERATOR', { auditScope: 'DEPARTEMENT', auditScopeCode: '38' });
    const items = await api.ok(
      `{ reviewItems(kind: UNCERTAIN_LIST_MATCH, status: PENDING, first: 100) { nodes { id payloadJson collectivity { id } } } }`,
      {},
      { cookie: moderator.cookie },
    );
    const item = items.reviewItems.nodes.find((n: any) => n.collectivity.id === commune.id);
    const payload = JSON.parse(item.payloadJson);
    expect(payload).toMatchObject({
      round: 1,
      source: { file: 'resultats-t1.csv', line: 4 },
      result: { panel: 3, listName: 'Liste citoyenne', headOfList: 'Anne Moreau', outcome: 'MAJORITY', seats: 19 },
      candidates: [{ candidateListId: signing, name: 'Ensemble pour demain', score: 0.5 }],
    });
    const DECIDE = `mutation($i: DecideReviewItemInput!) { decideReviewItem(input: $i) { status choice } }`;
    const elsewhere = await api.gql(
      DECIDE,
      { i: { itemId: item.id, accept: true, choice: '00000000-0000-4000-8000-000000000000' } },
      { cookie: moderator.cookie },
    );
    expect(errorCode(elsewhere)).toBe('NOT_FOUND');
    const decided = await api.ok(
      DECIDE,
      { i: { itemId: item.id, accept: true, choice: signing } },
      { cookie: moderator.cookie },
    );
    expect(decided.decideReviewItem).toEqual({ status: 'ACCEPTED', choice: signing });
    page = (await api.ok(PAGE, { id: commune.id })).collectivity;
    expect(page.commitment).toMatchObject({ source: 'LIST_MAJORITY', candidateList: { name: 'Ensemble pour demain' } });
    expect(page.candidateLists[0]).toMatchObject({ panel: 3, seats: 19, outcome: 'MAJORITY' });
    // The file again: the list now has its panel number, nothing changes.
    expect(await apply(file)).toEqual(['UNCHANGED']);
  });

  it('records a round that decided nothing without an outcome, and never lets a first round overwrite the second', async () => {
    const commune = await createCommune(api, 'Commune deux tours');
    const round1 = (seats: number | null): MinistryList => ({
      ...result(commune.id, 1, 'Seule liste', ['Ana', 'Roux'], 0, 'OPPOSITION'),
      result: { round: 1, votes: 120, seats, communitySeats: null, outcome: null },
    });
    expect(await apply([round1(null)])).toEqual(['CREATED']);
    const round2: MinistryList = {
      ...round1(null),
      result: { round: 2, votes: 300, seats: 11, communitySeats: 2, outcome: 'MAJORITY' },
    };
    expect(await apply([round2])).toEqual(['UPDATED']);
    expect(await apply([round1(null)])).toEqual(['UNCHANGED']);
    const page = (await api.ok(PAGE, { id: commune.id })).collectivity;
    expect(page.candidateLists[0]).toMatchObject({ resultRound: 2, votes: 300, seats: 11, outcome: 'MAJORITY' });
    // Not a signing list: no commitment.
    expect(page.commitment).toBeNull();
  });

  it('confirms from the register who was elected, and lists on the EPCI’s page the signatories on its council', async () => {
    const commune = await createCommune(api, 'Commune du registre');
    const list = await signingList(commune.id, 'Registre ouvert', ['Inès', 'Le Gall']);
    const epci = (await api.ok(`{ collectivity(code: "200040715", kind: METROPOLE) { id } }`)).collectivity;
    const record = (entry: { lastName: string; firstName: string; epciId: string | null }) =>
      api.app
        .get(UnitOfWork)
        .run(systemActor('test'), (unit) =>
          service.recordElected(unit, { electionCode: 'MUNICIPALES_2026', collectivityId: commune.id, ...entry }),
        );
    expect(await record({ lastName: 'DURAND', firstName: 'Paul', epciId: null })).toBe('NO_SIGNATORY');
    expect(await record({ lastName: 'LE GALL', firstName: 'INES', epciId: null })).toBe('UPDATED');
    expect(await record({ lastName: 'Le-Gall', firstName: 'Inès', epciId: epci.id })).toBe('UPDATED');
    expect(await record({ lastName: 'Le-Gall', firstName: 'Inès', epciId: epci.id })).toBe('UNCHANGED');
    const signatories = await api.ok(
      `query($id: ID!) { collectivity(id: $id) { candidateLists { id signatories { lastName elected } } } }`,
      { id: commune.id },
    );
    expect(signatories.collectivity.candidateLists).toEqual([
      { id: list, signatories: [{ lastName: 'Le Gall', elected: true }] },
    ]);
    const council = await api.ok(
      `query($id: ID!) { collectivity(id: $id) { councilSignatories { firstName lastName candidateList { id } } } }`,
      { id: epci.id },
      { token: null },
    );
    expect(council.collectivity.councilSignatories).toContainEqual({
      firstName: 'Inès',
      lastName: 'Le Gall',
      candidateList: { id: list },
    });
  });
});
