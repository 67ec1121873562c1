import { ProgressEntry, computeScores, meanOfScores } from '@pacte/pact';
import { CommitmentsService } from '../src/modules/commitments/commitments.service';
import { StatisticsRebuild } from '../src/modules/statistics/statistics-rebuild';
import { createCommune, createSyndicat } from './support/factories';
import { OwnDatabase, createOwnDatabase, onServer } from './support/own-database';
import { createTestApi, TestApi } from './support/test-app';
import { replayTimeline } from './support/timeline-replay';

const STATS = `{ nationalStatistics {
  edition signatories electedSignatories signingLists listsSignedAsList electedSigningLists signingCollectivities
  commitments commitmentsBySource { key count } actionsDone averageProgress
  sections { section averageScore }
  byRegion { key name commitments averageProgress }
  byDepartement { key name commitments averageProgress }
  byPopulationStratum { key name commitments averageProgress }
  progressOverTime { month commitments actionsDone averageProgress }
} }`;

const PROGRESS = `mutation($input: UpdateActionProgressInput!) { updateActionProgress(input: $input) { status } }`;
const COMMIT = `mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }`;

const thisMonth = () => new Date().toISOString().slice(0, 7);

async function commitByDeliberation(api: TestApi, collectivityId: string, date: string): Promise<string> {
  const made = await api.ok(COMMIT, {
    input: { collectivityId, source: 'COUNCIL_DELIBERATION', deliberationNumber: `D-${date}`, deliberationDate: date },
  });
  return made.createCommitment.id;
}

/** National figures are exact here: each suite below has a database of its own, so no other test changes them. */
onServer('national statistics kept by the writes', () => {
  let db: OwnDatabase;
  let api: TestApi;
  beforeAll(async () => {
    db = await createOwnDatabase('stats');
    api = await createTestApi({}, { databaseUrl: db.url });
  }, 180_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('gives exact figures after a sequence of writes, in every breakdown and month by month', async () => {
    const empty = (await api.ok(STATS, {}, { token: null })).nationalStatistics;
    expect(empty).toMatchObject({ signatories: 0, commitments: 0, actionsDone: 0, averageProgress: null });
    expect(empty.progressOverTime).toEqual([]);

    // A commune in Corse-du-Sud whose signing list wins: committed by its majority.
    const syndicat = await createCommune(api, 'Commune agrégée', '2A', 12000);
    const list = await api.ok(
      `mutation($input: CreateCandidateListInput!) { createCandidateList(input: $input) { id } }`,
      { input: { collectivityId: syndicat.id, name: 'Liste agrégée' } },
    );
    const listId = list.createCandidateList.id;
    for (const [scope, firstName] of [
      ['LIST', 'Ana'],
      ['PERSONAL', 'Bo'],
    ]) {
      const s = await api.ok(`mutation($input: AddSignatoryInput!) { addSignatory(input: $input) { id } }`, {
        input: { candidateListId: listId, scope, commune: 'X', firstName, lastName: 'Agg', signedOn: '2026-02-02' },
      });
      await api.ok(`mutation($input: SetSignatoryElectedInput!) { setSignatoryElected(input: $input) { elected } }`, {
        input: { signatoryId: s.addSignatory.id, elected: scope === 'LIST' },
      });
    }
    await api.ok(`mutation($input: SetListOutcomeInput!) { setListOutcome(input: $input) { id } }`, {
      input: { candidateListId: listId, outcome: 'MAJORITY' },
    });
    const listCommitment = (
      await api.ok(`query($id: ID!) { collectivity(id: $id) { commitment { id } } }`, { id: syndicat.id })
    ).collectivity.commitment.id;

    // Grenoble (Isère), committed by its council in January.
    const grenoble = (await api.ok(`{ collectivity(code: "38185", kind: COMMUNE) { id population } }`)).collectivity;
    const councilCommitment = await commitByDeliberation(api, grenoble.id, '2026-01-15');

    const writes: [string, ProgressEntry & { justification?: string }][] = [
      [listCommitment, { actionCode: '3.8', status: 'DONE', progress: null }],
      [councilCommitment, { actionCode: '1.1', status: 'IN_PROGRESS', progress: null }],
      [councilCommitment, { actionCode: '1.1', status: 'DONE', progress: null }],
      [councilCommitment, { actionCode: '1.2', status: 'PLANNED', progress: null }],
      [councilCommitment, { actionCode: '2.1', status: 'NOT_APPLICABLE', progress: null, justification: 'Sans objet' }],
    ];
    for (const [commitmentId, { actionCode, status, justification }] of writes) {
      await api.ok(PROGRESS, { input: { commitmentId, actionCode, status, justification } });
    }

    const final = (id: string) => {
      const byCode = new Map<string, ProgressEntry>();
      for (const [c, { actionCode, status, progress }] of writes) {
        if (c === id) byCode.set(actionCode, { actionCode, status, progress });
      }
      return computeScores([...byCode.values()], '2026');
    };
    const listScores = final(listCommitment);
    const councilScores = final(councilCommitment);
    const stats = (await api.ok(STATS, {}, { token: null })).nationalStatistics;
    expect(stats).toMatchObject({
      edition: '2026',
      signatories: 2,
      electedSignatories: 1,
      signingLists: 1,
      listsSignedAsList: 1,
      electedSigningLists: 1,
      signingCollectivities: 1,
      commitments: 2,
      actionsDone: 2,
      averageProgress: meanOfScores([listScores.overall, councilScores.overall]),
    });
    expect(stats.commitmentsBySource).toEqual(
      expect.arrayContaining([
        { key: 'LIST_MAJORITY', count: 1 },
        { key: 'COUNCIL_DELIBERATION', count: 1 },
      ]),
    );
    expect(stats.sections).toEqual(
      listScores.sections.map((s, i) => ({
        section: s.section,
        averageScore: meanOfScores([s.score, councilScores.sections[i].score]),
      })),
    );
    expect(stats.byDepartement).toEqual([
      { key: '2A', name: 'Corse-du-Sud', commitments: 1, averageProgress: listScores.overall },
      { key: '38', name: 'Isère', commitments: 1, averageProgress: councilScores.overall },
    ]);
    expect(stats.byRegion).toEqual([
      { key: '84', name: 'Auvergne-Rhône-Alpes', commitments: 1, averageProgress: councilScores.overall },
      { key: '94', name: 'Corse', commitments: 1, averageProgress: listScores.overall },
    ]);
    expect(stats.byPopulationStratum).toContainEqual(
      expect.objectContaining({ key: 'FROM_10000_TO_14999', commitments: 1, averageProgress: listScores.overall }),
    );

    // Month by month: Grenoble counts from January with nothing done; both count, with their progress, this month.
    const timeline = stats.progressOverTime;
    expect(timeline[0]).toEqual({ month: '2026-01', commitments: 1, actionsDone: 0, averageProgress: 0 });
    expect(timeline.at(-1)).toEqual({
      month: thisMonth(),
      commitments: 2,
      actionsDone: 2,
      averageProgress: stats.averageProgress,
    });
    expect(timeline.map((p: { month: string }) => p.month)).toEqual(
      Array.from({ length: timeline.length }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    );
  });

  it('counts the labelled demo’s commitments apart, nationally and per area, for the dashboard to say so', async () => {
    const DEMO = `{ nationalStatistics { commitments demoCommitments byDepartement { key commitments demoCommitments } } }`;
    const before = (await api.ok(DEMO, {}, { token: null })).nationalStatistics;
    expect(before).toMatchObject({ commitments: 2, demoCommitments: 0 });
    const grenoble = (await api.ok(`{ collectivity(code: "38185", kind: COMMUNE) { commitment { id } } }`))
      .collectivity;
    await api.app.get(CommitmentsService).markDemo(grenoble.commitment.id);
    const after = (await api.ok(DEMO, {}, { token: null })).nationalStatistics;
    expect(after).toEqual({
      commitments: 2,
      demoCommitments: 1,
      byDepartement: [
        { key: '2A', commitments: 1, demoCommitments: 0 },
        { key: '38', commitments: 1, demoCommitments: 1 },
      ],
    });
  });

  it('equals a replay of the history, month by month', async () => {
    const stats = (await api.ok(STATS, {}, { token: null })).nationalStatistics;
    expect(stats.progressOverTime.length).toBeGreaterThan(1);
    expect(stats.progressOverTime).toEqual(await replayTimeline(api.dataSource, '2026', new Date()));
  });

  it('answers without reading the history', async () => {
    const queries = await api.captureQueries(() => api.ok(STATS, {}, { token: null }));
    expect(queries.length).toBeGreaterThan(0);
    expect(queries.filter((q) => /audit_event/i.test(q.query))).toEqual([]);
  });
});

onServer('national statistics rebuilt from a large history', () => {
  let db: OwnDatabase;
  let api: TestApi;
  beforeAll(async () => {
    db = await createOwnDatabase('stats_large');
    api = await createTestApi({}, { databaseUrl: db.url });
  }, 180_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('rebuilds 150 000 progress changes without overflowing, equal to the replay', async () => {
    const syndicat = await createSyndicat(api, 'Syndicat historique', '2B');
    const commitmentId = await commitByDeliberation(api, syndicat.id, '2026-02-01');
    // 150 000 changes of actions 1.1 to 1.5, from February to November (written in bulk, as a long-lived instance
    // would have recorded them): each action ends DONE, as its stored row says.
    const count = 150_000;
    await api.dataSource.query(
      `INSERT INTO audit_event (occurred_at, actor_id, actor_label, collectivity_id, entity_type, entity_id, action,
                                before, after, prev_hash, hash, event, event_version)
       SELECT timestamptz '2026-02-01 00:00:00Z' + (g * interval '1 second') * (300 * 86400 / $2::int),
              'operator', 'platform operator', $1::uuid, 'ActionProgress', $1 || ':1.' || (1 + g % 5), 'CREATE',
              NULL,
              jsonb_build_object('actionCode', '1.' || (1 + g % 5),
                                 'status', CASE WHEN g >= $2 - 5 OR g % 3 = 0 THEN 'DONE' ELSE 'IN_PROGRESS' END,
                                 'progress', CASE WHEN g >= $2 - 5 OR g % 3 = 0 THEN 100 ELSE 50 END,
                                 'progressOverride', NULL, 'targetDate', NULL, 'owner', NULL, 'justification', NULL),
              encode(sha256(convert_to('p' || g, 'UTF8')), 'hex'), encode(sha256(convert_to('h' || g, 'UTF8')), 'hex'),
              'ActionProgressCreated', 1
         FROM generate_series(0, $2 - 1) AS g`,
      [commitmentId, count],
    );
    await api.dataSource.query(
      `INSERT INTO action_progress (commitment_id, action_code, status, version)
       SELECT $1, '1.' || n, 'DONE', 1 FROM generate_series(1, 5) AS n`,
      [commitmentId],
    );
    await api.dataSource.query(`UPDATE statistics_state SET stale = true`);
    expect(await api.app.get(StatisticsRebuild).rebuildIfStale()).toBe(true);

    const stats = (await api.ok(STATS, {}, { token: null })).nationalStatistics;
    expect(stats).toMatchObject({ commitments: 1, actionsDone: 5 });
    expect(stats.progressOverTime.at(-1)).toMatchObject({ month: thisMonth(), commitments: 1, actionsDone: 5 });
    expect(stats.progressOverTime).toEqual(await replayTimeline(api.dataSource, '2026', new Date()));
  }, 600_000);
});
