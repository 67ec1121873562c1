import { createSyndicat } from './support/factories';
import { createTestApi, TestApi } from './support/test-app';

const STATS = `{ nationalStatistics {
  edition signatories electedSignatories signingLists listsSignedAsList electedSigningLists signingCollectivities
  commitments commitmentsBySource { key count } actionsDone averageProgress
  sections { section averageScore }
  byRegion { key name commitments averageProgress }
  byDepartement { key name commitments averageProgress }
  byPopulationStratum { key name commitments averageProgress }
  progressOverTime { month commitments actionsDone averageProgress }
} }`;

describe('national statistics', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it('counts a new signing list that wins, its commitment and its progress, in every breakdown', async () => {
    const before = (await api.ok(STATS, {}, { token: null })).nationalStatistics;

    // Corse-du-Sud (2A), population 12 000: no other test commits there, so its figures are exactly this test's.
    const place = await createSyndicat(api, 'Syndicat statistique', '2A');
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
    expect(after.signatories - before.signatories).toBeGreaterThanOrEqual(2);
    expect(after.electedSignatories - before.electedSignatories).toBeGreaterThanOrEqual(1);
    expect(after.signingLists - before.signingLists).toBeGreaterThanOrEqual(1);
    expect(after.listsSignedAsList - before.listsSignedAsList).toBeGreaterThanOrEqual(1);
    expect(after.electedSigningLists - before.electedSigningLists).toBeGreaterThanOrEqual(1);
    expect(after.commitments - before.commitments).toBeGreaterThanOrEqual(1);
    expect(after.actionsDone - before.actionsDone).toBeGreaterThanOrEqual(1);
    const source = (s: any) => s.commitmentsBySource.find((x: any) => x.key === 'LIST_MAJORITY')?.count ?? 0;
    expect(source(after) - source(before)).toBeGreaterThanOrEqual(1);
    expect(after.sections.map((s: any) => s.section)).toEqual([1, 2, 3]);
    const corse = (s: any) => s.byDepartement.find((d: any) => d.key === '2A') ?? { commitments: 0 };
    expect(corse(after).commitments - corse(before).commitments).toBe(1);
    expect(corse(after).name).toBe('Corse-du-Sud');
    // One action done of 31 (each run has its own database, so this syndicat is the only one in 2A).
    expect(corse(after).averageProgress).toBe(3.2);
    const region = after.byRegion.find((r: any) => r.key === '94');
    expect(region.name).toBe('Corse');
    const thisMonth = new Date().toISOString().slice(0, 7);
    const last = (s: any) => s.progressOverTime[s.progressOverTime.length - 1] ?? { commitments: 0, actionsDone: 0 };
    expect(last(after).month).toBe(thisMonth);
    expect(last(after).commitments).toBe(after.commitments);
    expect(last(after).actionsDone).toBe(after.actionsDone);
    expect(last(after).actionsDone - last(before).actionsDone).toBeGreaterThanOrEqual(1);
    const stratum = (s: any) => s.byPopulationStratum.find((d: any) => d.key === '10K_50K') ?? { commitments: 0 };
    expect(stratum(after).commitments - stratum(before).commitments).toBeGreaterThanOrEqual(1);
  });

  it('refuses an unknown pact edition', async () => {
    const result = await api.gql(`{ nationalStatistics(edition: "1999") { commitments } }`);
    expect(result.errors?.[0].extensions?.code).toBe('UNKNOWN_EDITION');
  });
});
