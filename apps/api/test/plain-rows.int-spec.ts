import { DataSource, type ObjectLiteral } from 'typeorm';
import { plainJson, plainRows } from '../src/database/plain-rows';
import {
  AssessmentEntity,
  AssessmentReplyEntity,
  SectionAssessmentEntity,
} from '../src/modules/assessments/assessment.entity';
import { AssessmentsRepository } from '../src/modules/assessments/assessments.repository';
import { CollectivityEntity } from '../src/modules/collectivities/collectivity.entity';
import { CommitmentEntity } from '../src/modules/commitments/commitment.entity';
import { CandidateListEntity } from '../src/modules/elections/candidate-list.entity';
import { ElectionEntity } from '../src/modules/elections/election.entity';
import { SignatoryEntity } from '../src/modules/elections/signatory.entity';
import { EvidenceEntity } from '../src/modules/evidence/evidence.entity';
import { EvidenceRepository } from '../src/modules/evidence/evidence.repository';
import { ActionProgressEntity } from '../src/modules/progress/action-progress.entity';
import { CommitmentScoreEntity } from '../src/modules/progress/commitment-score.entity';
import { MilestoneEntity } from '../src/modules/progress/milestone.entity';
import { ProgressRepository } from '../src/modules/progress/progress.repository';
import { SectionSelfAssessmentEntity } from '../src/modules/progress/section-self-assessment.entity';
import { createCommitted } from './support/factories';
import { ADD_EVIDENCE, UPDATE_PROGRESS } from './support/migration-tracker';
import { createTestApi, TestApi } from './support/test-app';

const ADD_MILESTONE = `mutation($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }`;
const SELF_ASSESS = `mutation($input: SelfAssessSectionInput!) { selfAssessSection(input: $input) { section } }`;

/** The rows as comparable values: own enumerable properties, in a stable order (class instances or not). */
const comparable = (rows: readonly ObjectLiteral[]) =>
  rows.map((row) => ({ ...row })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/**
 * The public pages read their rows as plain objects (database/plain-rows.ts) where they read TypeORM entities: the
 * same rows must come back, property for property and type for type (dates as 'YYYY-MM-DD' text, timestamps as
 * Date, arrays, numbers, transformed numerics), whatever the page.
 */
describe('plain rows: the public reads return exactly what TypeORM returned', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let commitmentId: string;
  beforeAll(async () => {
    api = await createTestApi();
    dataSource = api.app.get(DataSource);
    const committed = await createCommitted(api, 'COMMUNE');
    commitmentId = committed.commitmentId;
    await api.ok(UPDATE_PROGRESS, {
      input: {
        commitmentId,
        actionCode: '1.1',
        status: 'IN_PROGRESS',
        progress: 35,
        targetDate: '2027-03-01',
        owner: 'DSI',
      },
    });
    await api.ok(UPDATE_PROGRESS, { input: { commitmentId, actionCode: '1.2', status: 'DONE' } });
    await api.ok(ADD_MILESTONE, {
      input: { commitmentId, actionCode: '1.1', title: 'Pilote', date: '2026-11-30', description: 'Deux services' },
    });
    await api.ok(SELF_ASSESS, { input: { commitmentId, section: 1, status: 'IN_PROGRESS', explanation: 'En route' } });
    for (const [title, codes] of [
      ['Délibération', ['1.1', '1.2']],
      ['Rapport', ['1.1']],
    ] as const) {
      await api.ok(ADD_EVIDENCE, {
        input: { commitmentId, actionCodes: codes, kind: 'COUNCIL_DELIBERATION', date: '2026-06-01', title },
      });
    }
    // A signing list with its results and a signatory sitting on a community council: nullable numbers, arrays.
    const [{ id: electionId }]: { id: string }[] = await dataSource.query('SELECT id FROM election LIMIT 1');
    const [{ collectivity_id: collectivityId }]: { collectivity_id: string }[] = await dataSource.query(
      'SELECT collectivity_id FROM commitment WHERE id = $1',
      [commitmentId],
    );
    const [{ id: listId }]: { id: string }[] = await dataSource.query(
      `INSERT INTO candidate_list (election_id, collectivity_id, name, parties, outcome, votes, result_round)
       VALUES ($1, $2, 'Liste libre', '{A,B}', 'WON', 1234, 1) RETURNING id`,
      [electionId, collectivityId],
    );
    await dataSource.query(
      `INSERT INTO signatory (candidate_list_id, scope, commune, last_name, first_name, signed_on, community_council_id,
                              parties, position_on_list)
       VALUES ($1, 'PERSONAL', 'Ici', 'Durand', 'Alice', '2026-02-03', $2, '{C}', 2)`,
      [listId, collectivityId],
    );
    // Verdicts on an action (one superseded, with evidence and a reply) and on a section: arrays, dates, timestamps.
    const [{ id: firstVerdict }]: { id: string }[] = await dataSource.query(
      `INSERT INTO assessment (commitment_id, action_code, association, verdict, justification, assessed_on, created_at)
       VALUES ($1, '1.1', 'April', 'PARTIAL', 'À moitié', '2026-05-02', now() - interval '1 day') RETURNING id`,
      [commitmentId],
    );
    const [{ id: evidenceId }]: { id: string }[] = await dataSource.query(
      'SELECT id FROM evidence WHERE commitment_id = $1 LIMIT 1',
      [commitmentId],
    );
    const [{ id: secondVerdict }]: { id: string }[] = await dataSource.query(
      `INSERT INTO assessment (commitment_id, action_code, verdict, justification, assessed_on, supersedes_id,
                               evidence_ids)
       VALUES ($1, '1.1', 'KEPT', 'Vérifié', '2026-06-02', $2, ARRAY[$3::uuid]) RETURNING id`,
      [commitmentId, firstVerdict, evidenceId],
    );
    await dataSource.query(
      `INSERT INTO assessment_reply (assessment_id, author_role, text) VALUES ($1, 'ELECTED_OFFICIAL', 'Merci')`,
      [secondVerdict],
    );
    const [{ id: firstSection }]: { id: string }[] = await dataSource.query(
      `INSERT INTO section_assessment (commitment_id, section, association, verdict, justification, assessed_on,
                                       created_at)
       VALUES ($1, 1, 'April', 'NOT_ATTESTED', 'Pas encore', '2026-05-03', now() - interval '1 day') RETURNING id`,
      [commitmentId],
    );
    await dataSource.query(
      `INSERT INTO section_assessment (commitment_id, section, verdict, justification, assessed_on, supersedes_id)
       VALUES ($1, 1, 'KEPT', 'Tenu', '2026-06-03', $2)`,
      [commitmentId, firstSection],
    );
  });
  afterAll(() => api?.close());

  it.each([
    ['collectivity', CollectivityEntity],
    ['commitment', CommitmentEntity],
    ['action_progress', ActionProgressEntity],
    ['milestone', MilestoneEntity],
    ['section_self_assessment', SectionSelfAssessmentEntity],
    ['commitment_score', CommitmentScoreEntity],
    ['election', ElectionEntity],
    ['candidate_list', CandidateListEntity],
    ['signatory', SignatoryEntity],
    ['evidence', EvidenceEntity],
    ['assessment', AssessmentEntity],
    ['assessment_reply', AssessmentReplyEntity],
    ['section_assessment', SectionAssessmentEntity],
  ] as const)('reads %s as TypeORM does', async (table, entity) => {
    const expected = await dataSource.getRepository<ObjectLiteral>(entity).find();
    const actual = await plainRows(dataSource, entity, 't', `SELECT {columns} FROM ${table} t`, []);
    expect(expected.length).toBeGreaterThan(0);
    expect(comparable(actual)).toEqual(comparable(expected));
  });

  it.each([
    ['collectivity', CollectivityEntity],
    ['commitment', CommitmentEntity],
    ['action_progress', ActionProgressEntity],
    ['milestone', MilestoneEntity],
    ['section_self_assessment', SectionSelfAssessmentEntity],
    ['commitment_score', CommitmentScoreEntity],
    ['election', ElectionEntity],
    ['candidate_list', CandidateListEntity],
    ['signatory', SignatoryEntity],
    ['evidence', EvidenceEntity],
    ['assessment', AssessmentEntity],
    ['assessment_reply', AssessmentReplyEntity],
    ['section_assessment', SectionAssessmentEntity],
  ] as const)('reads %s from a JSON object built in SQL as TypeORM does', async (table, entity) => {
    const expected = await dataSource.getRepository<ObjectLiteral>(entity).find();
    const { object, read } = plainJson(dataSource, entity, 't');
    const [{ rows }]: { rows: Record<string, unknown>[] }[] = await dataSource.query(
      `SELECT json_agg(${object}) AS rows FROM ${table} t`,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(comparable(rows.map(read))).toEqual(comparable(expected));
  });

  it('reads a commitment’s progress state in one statement as its four reads do (findStates)', async () => {
    const repository = api.app.get(ProgressRepository);
    const empty = (await createCommitted(api, 'COMMUNE')).commitmentId;
    const statements = await api.captureQueries(async () => {
      const states = await repository.findStates([empty, commitmentId, empty]);
      expect(states.map((s) => s.commitmentId)).toEqual([empty, commitmentId, empty]);
      expect(states[0]).toEqual({ commitmentId: empty, score: null, progress: [], milestones: [], sections: [] });
      expect(states[2]).toEqual(states[0]);
      const [score] = await repository.findScores([commitmentId]);
      expect(states[1].score).toEqual(score);
      expect(comparable(states[1].progress)).toEqual(comparable(await repository.findByCommitmentIds([commitmentId])));
      expect(states[1].progress).toHaveLength(2);
      expect(states[1].milestones).toEqual(await repository.findMilestonesByCommitmentIds([commitmentId]));
      expect(states[1].milestones).toHaveLength(1);
      expect(states[1].sections).toEqual(await repository.findSectionSelfAssessments([commitmentId]));
      expect(states[1].sections).toHaveLength(1);
    });
    // findStates' one statement, then the four reads it replaces.
    expect(statements).toHaveLength(5);
  });

  it('reads evidence with its links as TypeORM did (findByIds, findByCommitmentIds)', async () => {
    const repository = api.app.get(EvidenceRepository);
    const typeorm = await dataSource.getRepository(EvidenceEntity).find({
      where: { commitmentId },
      relations: { actions: true },
      order: { date: 'DESC', createdAt: 'DESC', id: 'ASC' },
    });
    const asRows = (rows: readonly ObjectLiteral[]) =>
      rows.map((e) => ({
        ...e,
        actions: (e.actions as { evidenceId: string; actionCode: string }[])
          .map((a) => ({ evidenceId: a.evidenceId, actionCode: a.actionCode }))
          .sort((a, b) => a.actionCode.localeCompare(b.actionCode)),
      }));
    expect(typeorm).toHaveLength(2);
    expect(asRows(await repository.findByCommitmentIds([commitmentId]))).toEqual(asRows(typeorm));
    expect(comparable(asRows(await repository.findByIds(typeorm.map((e) => e.id))))).toEqual(
      comparable(asRows(typeorm)),
    );
  });

  it('reads the assessments of the page as TypeORM did: current or all, replies, current section verdicts', async () => {
    const repository = api.app.get(AssessmentsRepository);
    const all = await dataSource
      .getRepository(AssessmentEntity)
      .find({ where: { commitmentId }, order: { createdAt: 'ASC', id: 'ASC' } });
    expect(all).toHaveLength(2);
    const withCurrent = all.map((entity, i) => ({ entity: { ...entity }, current: i === 1 }));
    const plain = (rows: { entity: AssessmentEntity; current: boolean }[]) =>
      rows.map((r) => ({ entity: { ...r.entity }, current: r.current }));
    expect(plain(await repository.findByCommitmentIds([commitmentId], { currentOnly: false }))).toEqual(withCurrent);
    expect(plain(await repository.findByCommitmentIds([commitmentId], { currentOnly: true }))).toEqual([
      withCurrent[1],
    ]);
    const replies = await dataSource.getRepository(AssessmentReplyEntity).find({ where: { assessmentId: all[1].id } });
    expect(replies).toHaveLength(1);
    expect(comparable(await repository.findRepliesByAssessmentIds([all[0].id, all[1].id]))).toEqual(
      comparable(replies),
    );
    const sections = await dataSource
      .getRepository(SectionAssessmentEntity)
      .find({ where: { commitmentId }, order: { createdAt: 'ASC' } });
    expect(sections).toHaveLength(2);
    expect(comparable(await repository.findCurrentSectionAssessments([commitmentId]))).toEqual(
      comparable([sections[1]]),
    );
  });
});
