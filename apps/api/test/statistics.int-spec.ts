import { computeScores } from '@pacte/pact';
import { createCommune } from './support/factories';
import { OwnDatabase, createOwnDatabase, onServer } from './support/own-database';
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

/** The figures are exact: this suite has a database of its own, so no other suite running alongside changes them. */
onServer('national statistics', () => {
  let db: OwnDatabase;
  let api: TestApi;
  beforeAll(async () => {
    db = await createOwnDatabase('statistics');
    api = await createTestApi({}, { databaseUrl: db.url });
  }, 180_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('counts a new signing list that wins, its commitment and its progress, in every breakdown', async () => {
    const before = (await api.ok(STATS, {}, { token: null })).nationalStatistics;
    expect(before).toMatchObject({
      edition: '2026',
      signatories: 0,
      electedSignatories: 0,
      signingLists: 0,
      listsSignedAsList: 0,
      electedSigningLists: 0,
      signingCollectivities: 0,
      commitments: 0,
      commitmentsBySource: [],
      actionsDone: 0,
      averageProgress: null,
      byRegion: [],
      byDepartement: [],
      byPopulationStratum: [],
      progressOverTime: [],
    });

    // A commune of Corse-du-Sud (2A), population 12 000, whose list signs the pact as a list and wins the majority.
    const place = await createCommune(api, 'Commune statistique', '2A', 12000);
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

    // One action done of 31: the rulebook's score of that one entry, in every breakdown.
    const scores = computeScores([{ actionCode: '3.8', status: 'DONE', progress: null }], '2026');
    expect(scores.overall).toBe(3.2);
    const after = (await api.ok(STATS, {}, { token: null })).nationalStatistics;
    expect(after).toMatchObject({
      edition: '2026',
      signatories: 2,
      electedSignatories: 1,
      signingLists: 1,
      listsSignedAsList: 1,
      electedSigningLists: 1,
      signingCollectivities: 1,
      commitments: 1,
      commitmentsBySource: [{ key: 'LIST_MAJORITY', count: 1 }],
      actionsDone: 1,
      averageProgress: scores.overall,
    });
    expect(after.sections).toEqual(scores.sections.map((s) => ({ section: s.section, averageScore: s.score })));
    expect(after.sections.map((s: { section: number }) => s.section)).toEqual([1, 2, 3]);
    expect(after.byDepartement).toEqual([
      { key: '2A', name: 'Corse-du-Sud', commitments: 1, averageProgress: scores.overall },
    ]);
    expect(after.byRegion).toEqual([{ key: '94', name: 'Corse', commitments: 1, averageProgress: scores.overall }]);
    expect(after.byPopulationStratum).toEqual([
      // 12,000 inhabitants: the DGCL's stratum of communes from 10,000 to 14,999.
      expect.objectContaining({ key: 'FROM_10000_TO_14999', commitments: 1, averageProgress: scores.overall }),
    ]);
    // A list that wins commits its collectivity on the election's decisive round (March 2026): from then on it
    // counts, with nothing done, until this month's change.
    const thisMonth = new Date().toISOString().slice(0, 7);
    const months: string[] = [];
    for (let d = new Date(Date.UTC(2026, 2, 1)); d.toISOString().slice(0, 7) <= thisMonth;) {
      months.push(d.toISOString().slice(0, 7));
      d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
    }
    expect(months.at(-1)).toBe(thisMonth);
    expect(after.progressOverTime).toEqual(
      months.map((month) =>
        month === thisMonth
          ? { month, commitments: 1, actionsDone: 1, averageProgress: scores.overall }
          : { month, commitments: 1, actionsDone: 0, averageProgress: 0 },
      ),
    );
  });

  it('keeps the signature counts with every writer, plain SQL included, equal to counting the signatories', async () => {
    const SIGNATURES = `{ nationalStatistics {
      signatories electedSignatories signingLists listsSignedAsList electedSigningLists signingCollectivities } }`;
    const counted = async () => {
      const [row] = await api.dataSource.query(`
        SELECT (SELECT count(*) FROM signatory)::int AS signatories,
               (SELECT count(*) FROM signatory WHERE elected)::int AS "electedSignatories",
               (SELECT count(DISTINCT candidate_list_id) FROM signatory)::int AS "signingLists",
               (SELECT count(DISTINCT candidate_list_id) FROM signatory WHERE scope = 'LIST')::int AS "listsSignedAsList",
               (SELECT count(DISTINCT l.id) FROM candidate_list l JOIN signatory s ON s.candidate_list_id = l.id
                 WHERE l.outcome = 'MAJORITY')::int AS "electedSigningLists",
               (SELECT count(DISTINCT l.collectivity_id) FROM candidate_list l
                  JOIN signatory s ON s.candidate_list_id = l.id)::int AS "signingCollectivities"`);
      return row;
    };
    const read = async () => (await api.ok(SIGNATURES, {}, { token: null })).nationalStatistics;
    const place = await createCommune(api, 'Commune des comptes', '2B', 800);
    const list = await api.ok(
      `mutation($input: CreateCandidateListInput!) { createCandidateList(input: $input) { id } }`,
      { input: { collectivityId: place.id, name: 'Liste des comptes' } },
    );
    const listId = list.createCandidateList.id;
    const before = await read();
    expect(before).toEqual(await counted());

    // Written by plain SQL, as an import or a seed would: two signatures, one of them for the whole list.
    const inserted: { id: string }[] = await api.dataSource.query(
      `INSERT INTO signatory (candidate_list_id, scope, commune, first_name, last_name, signed_on)
       VALUES ($1, 'LIST', 'X', 'Cy', 'Sql', '2026-02-03'), ($1, 'PERSONAL', 'X', 'Di', 'Sql', '2026-02-03')
       RETURNING id`,
      [listId],
    );
    const grown = await read();
    expect(grown).toEqual(await counted());
    expect(grown).toMatchObject({
      signatories: before.signatories + 2,
      signingLists: before.signingLists + 1,
      listsSignedAsList: before.listsSignedAsList + 1,
      signingCollectivities: before.signingCollectivities + 1,
    });

    // Elected, the list wins, then one signature goes and the other changes its scope.
    await api.dataSource.query(`UPDATE signatory SET elected = true WHERE id = $1`, [inserted[1].id]);
    await api.dataSource.query(`UPDATE candidate_list SET outcome = 'MAJORITY' WHERE id = $1`, [listId]);
    expect(await read()).toMatchObject({
      electedSignatories: before.electedSignatories + 1,
      electedSigningLists: before.electedSigningLists + 1,
    });
    expect(await read()).toEqual(await counted());
    await api.dataSource.query(`DELETE FROM signatory WHERE id = $1`, [inserted[0].id]);
    await api.dataSource.query(`UPDATE signatory SET scope = 'LIST' WHERE id = $1`, [inserted[1].id]);
    expect(await read()).toEqual(await counted());
    await api.dataSource.query(`DELETE FROM signatory WHERE id = $1`, [inserted[1].id]);
    expect(await read()).toEqual(before);
    expect(await read()).toEqual(await counted());
  });

  it('refuses an unknown pact edition', async () => {
    const result = await api.gql(`{ nationalStatistics(edition: "1999") { commitments } }`);
    expect(result.errors?.[0].extensions?.code).toBe('UNKNOWN_EDITION');
  });
});
