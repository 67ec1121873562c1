import { createCommitted, createCommune, createSyndicat } from './support/factories';
import { eventsOf } from './support/history-replay';
import { createTestApi, errorCode, TestApi } from './support/test-app';

/**
 * Every record under optimistic locking counts an acknowledged edit as one version, even when the edit changes no
 * column (TypeORM then writes no row): otherwise the version and the history drift, and the page that made the edit
 * gets CONFLICT on its next one. The shared helper is common/errors/versioned-save.ts; action progress and milestones
 * are covered in concurrency.int-spec.ts.
 */
describe('an edit that changes nothing is still one version and one history event', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  async function rowVersion(table: string, id: string): Promise<number> {
    const [row] = await api.dataSource.query(`SELECT version FROM ${table} WHERE id = $1`, [id]);
    return (row as { version: number }).version;
  }

  async function list(): Promise<string> {
    // Candidate lists stand only in communes.
    const { id: collectivityId } = await createCommune(api);
    const data = await api.ok(
      `mutation($input: CreateCandidateListInput!) { createCandidateList(input: $input) { id version } }`,
      { input: { collectivityId, name: 'Liste libre' } },
    );
    expect(data.createCandidateList.version).toBe(1);
    return data.createCandidateList.id as string;
  }

  it('candidate list: the same outcome twice', async () => {
    const id = await list();
    const SET = `mutation($input: SetListOutcomeInput!) { setListOutcome(input: $input) { outcome version } }`;
    const first = await api.ok(SET, { input: { candidateListId: id, outcome: 'OPPOSITION', expectedVersion: 1 } });
    const same = await api.ok(SET, { input: { candidateListId: id, outcome: 'OPPOSITION', expectedVersion: 2 } });
    expect([first.setListOutcome.version, same.setListOutcome.version]).toEqual([2, 3]);
    expect(await rowVersion('candidate_list', id)).toBe(3);
    expect((await eventsOf(api.dataSource, id)).map((e) => e.name)).toEqual([
      'CandidateListCreated',
      'CandidateListUpdated',
      'CandidateListUpdated',
    ]);
    const stale = await api.gql(SET, { input: { candidateListId: id, outcome: 'PENDING', expectedVersion: 2 } });
    expect(errorCode(stale)).toBe('CONFLICT');
  });

  it('signatory: elected set to what it already is', async () => {
    const candidateListId = await list();
    const added = await api.ok(`mutation($input: AddSignatoryInput!) { addSignatory(input: $input) { id version } }`, {
      input: {
        candidateListId,
        scope: 'PERSONAL',
        commune: 'Grenoble',
        lastName: 'Martin',
        firstName: 'Camille',
        signedOn: '2026-02-10',
      },
    });
    const id = added.addSignatory.id as string;
    const SET = `mutation($input: SetSignatoryElectedInput!) { setSignatoryElected(input: $input) { elected version } }`;
    // A new signatory's `elected` is null: setting it to null again changes no column.
    const same = await api.ok(SET, { input: { signatoryId: id, elected: null, expectedVersion: 1 } });
    expect(same.setSignatoryElected).toEqual({ elected: null, version: 2 });
    expect(await rowVersion('signatory', id)).toBe(2);
    expect((await eventsOf(api.dataSource, id)).map((e) => e.name)).toEqual(['SignatoryCreated', 'SignatoryUpdated']);
  });

  it('inventory item: an update that repeats every value', async () => {
    const { collectivityId } = await createSyndicat(api).then((c) => ({ collectivityId: c.id }));
    const added = await api.ok(
      `mutation($input: AddInventoryItemInput!) { addInventoryItem(input: $input) { id version } }`,
      { input: { collectivityId, category: 'BROWSER', productName: 'Firefox', productIsFree: true } },
    );
    const id = added.addInventoryItem.id as string;
    const UPDATE = `mutation($input: UpdateInventoryItemInput!) { updateInventoryItem(input: $input) { productName version } }`;
    const same = await api.ok(UPDATE, { input: { itemId: id, productName: 'Firefox', expectedVersion: 1 } });
    expect(same.updateInventoryItem).toEqual({ productName: 'Firefox', version: 2 });
    const again = await api.ok(UPDATE, { input: { itemId: id, productIsFree: true, expectedVersion: 2 } });
    expect(again.updateInventoryItem.version).toBe(3);
    expect(await rowVersion('software_inventory_item', id)).toBe(3);
    expect((await eventsOf(api.dataSource, id)).map((e) => e.name)).toEqual([
      'InventoryItemCreated',
      'InventoryItemUpdated',
      'InventoryItemUpdated',
    ]);
  });

  it('evidence: linked again to the actions it already has', async () => {
    const { commitmentId } = await createCommitted(api);
    const added = await api.ok(`mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { id version } }`, {
      input: {
        commitmentId,
        actionCodes: ['1.1'],
        kind: 'PRESS_ARTICLE',
        title: 'Délibération',
        date: '2026-05-12',
        url: 'https://example.org/deliberation',
      },
    });
    const id = added.addEvidence.id as string;
    const LINK = `mutation($input: LinkEvidenceInput!) { linkEvidence(input: $input) { actionCodes version } }`;
    const same = await api.ok(LINK, {
      input: { evidenceId: id, commitmentId, actionCodes: ['1.1'], expectedVersion: 1 },
    });
    expect(same.linkEvidence).toEqual({ actionCodes: ['1.1'], version: 2 });
    expect(await rowVersion('evidence', id)).toBe(2);
    expect((await eventsOf(api.dataSource, id)).map((e) => e.name)).toEqual(['EvidenceCreated', 'EvidenceUpdated']);
  });
});
