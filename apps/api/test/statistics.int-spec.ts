import { createSyndicat } from './support/factories';
import { createTestApi, TestApi } from './support/test-app';

const STATS = `{ nationalStatistics {
  edition signatories electedSignatories signingLists listsSignedAsList electedSigningLists signingCollectivities
  commitments commitmentsBySource { key count } actionsDone averageProgress
  sections { section averageScore }
  byRegion { key name commitments averageProgress }
  byDepartement { key name commitments averageProgress }
  byPopulationStratum { key name commitments averageProgress }
} }`;

describe('national statistics', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it('counts a new signing list that wins, its commitment and its progress, in every breakdown', async () => {
    const before = (await api.ok(STATS, {}, { token: null })).nationalStatistics;

    const place = await createSyndicat(api); // département 38, population 12 000
    const list = await api.ok(
      `mutation($input: CreateCandidateListInput!) { createCandidateList(input: $input) { id } }`,
      { input: { collectivityId: place.id, name: 'Liste statistique' } },
    );
    const listId = list.createCandidateList.id;
    for (const [scope, firstName] of [
      ['LIST', 'Ana'],
      ['PERSONAL', 'Bo'],
    ]) {
      const s = await api.ok(`mutation($input: AddSignatoryInput!) { addSignatory(input: $input) { id } }`, {
        input: { candidateListId: listId, scope, commune: 'X', firstName, lastName: 'Stat', signedOn: '2026-02-02' },
      });
      await api.ok(`mutation($input: SetSignatoryElectedInput!) { setSignatoryElected(input: $input) { elected } }`, {
        input: { signatoryId: s.addSignatory.id, elected: scope === 'LIST' },
      });
    }
    await api.ok(`mutation($input: SetListOutcomeInput!) { setListOutcome(input: $input) { id } }`, {
      input: { candidateListId: listId, outcome: 'MAJORITY' },
    });
    const commitment = await api.ok(`query($id: ID!) { collectivity(id: $id) { commitment { id } } }`, {
      id: place.id,
    });
    await api.ok(`mutation($input: UpdateActionProgressInput!) { updateActionProgress(input: $input) { status } }`, {
      input: { commitmentId: commitment.collectivity.commitment.id, actionCode: '3.8', status: 'DONE' },
    });

    const after = (await api.ok(STATS, {}, { token: null })).nationalStatistics;
    expect(after.edition).toBe('2026');
    expect(after.signatories - before.signatories).toBe(2);
    expect(after.electedSignatories - before.electedSignatories).toBe(1);
    expect(after.signingLists - before.signingLists).toBe(1);
    expect(after.listsSignedAsList - before.listsSignedAsList).toBe(1);
    expect(after.electedSigningLists - before.electedSigningLists).toBe(1);
    expect(after.commitments - before.commitments).toBe(1);
    expect(after.actionsDone - before.actionsDone).toBe(1);
    const source = (s: any) => s.commitmentsBySource.find((x: any) => x.key === 'LIST_MAJORITY')?.count ?? 0;
    expect(source(after) - source(before)).toBe(1);
    expect(after.sections.map((s: any) => s.section)).toEqual([1, 2, 3]);
    const isere = (s: any) => s.byDepartement.find((d: any) => d.key === '38') ?? { commitments: 0 };
    expect(isere(after).commitments - isere(before).commitments).toBe(1);
    expect(isere(after).name).toBe('Isère');
    const stratum = (s: any) => s.byPopulationStratum.find((d: any) => d.key === '10K_50K') ?? { commitments: 0 };
    expect(stratum(after).commitments - stratum(before).commitments).toBe(1);
  });

  it('refuses an unknown pact edition', async () => {
    const result = await api.gql(`{ nationalStatistics(edition: "1999") { commitments } }`);
    expect(result.errors?.[0].extensions?.code).toBe('UNKNOWN_EDITION');
  });
});
