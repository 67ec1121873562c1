import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { saveVersioned } from '../../common/errors/versioned-save';
import { plainJson, plainRows } from '../../database/plain-rows';
import { preparedRead } from '../../database/read-route';
import { ActionProgressEntity } from './action-progress.entity';
import { CommitmentScoreEntity } from './commitment-score.entity';
import { MilestoneEntity } from './milestone.entity';
import { SectionSelfAssessmentEntity } from './section-self-assessment.entity';

/** What a commitment's page shows of its progress, read in one statement (`ProgressRepository.findStates`). */
export interface CommitmentProgressState {
  commitmentId: string;
  /** The kept score row, null when the commitment has no progress yet. */
  score: CommitmentScoreEntity | null;
  /** Its actions' progress rows (an action without a row: not started). */
  progress: ActionProgressEntity[];
  /** Its milestones, by date (then as recorded). */
  milestones: MilestoneEntity[];
  /** Its sections' self-assessments, by section (a section not assessed: none). */
  sections: SectionSelfAssessmentEntity[];
}

@Injectable()
export class ProgressRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The rows of these commitments, however many (one array parameter). */
  findByCommitmentIdList(commitmentIds: readonly string[], manager?: EntityManager): Promise<ActionProgressEntity[]> {
    return (manager ?? this.dataSource.manager)
      .getRepository(ActionProgressEntity)
      .createQueryBuilder('p')
      .where('p.commitment_id = ANY(:ids)', { ids: [...commitmentIds] })
      .getMany();
  }

  findByCommitmentIds(commitmentIds: readonly string[], manager?: EntityManager): Promise<ActionProgressEntity[]> {
    return plainRows(
      manager ?? this.dataSource,
      ActionProgressEntity,
      'p',
      'SELECT {columns} FROM action_progress p WHERE p.commitment_id = ANY($1::uuid[])',
      [[...commitmentIds]],
    );
  }

  /** Locks the row, if any, so two concurrent updates of one action are serialised. */
  findForUpdate(commitmentId: string, actionCode: string, manager: EntityManager) {
    return manager
      .getRepository(ActionProgressEntity)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.commitment_id = :commitmentId AND p.action_code = :actionCode', { commitmentId, actionCode })
      .getOne();
  }

  /**
   * Locks the action's row, creating it first (version 0, "never touched") when there is none, so that concurrent
   * first writes queue on the row instead of colliding on its unique key. The caller's transaction either saves its
   * change over it (version 1) or rolls back, placeholder included.
   */
  async lockOrCreate(commitmentId: string, actionCode: string, manager: EntityManager): Promise<ActionProgressEntity> {
    await manager.query(
      `INSERT INTO action_progress (commitment_id, action_code, status, version) VALUES ($1, $2, 'NOT_STARTED', 0)
       ON CONFLICT (commitment_id, action_code) DO NOTHING`,
      [commitmentId, actionCode],
    );
    return (await this.findForUpdate(commitmentId, actionCode, manager))!;
  }

  async save(entity: Partial<ActionProgressEntity>, manager: EntityManager): Promise<ActionProgressEntity> {
    return saveVersioned(manager, ActionProgressEntity, entity);
  }

  /**
   * Locks the commitment's score row (created first when missing), so that concurrent progress writes of one
   * commitment recompute its score one after the other, each seeing the rows the previous one committed.
   */
  async lockScore(commitmentId: string, manager: EntityManager): Promise<{ startOverall: number | null }> {
    await manager.query(
      `INSERT INTO commitment_score (commitment_id, overall, actions_done) VALUES ($1, NULL, 0)
       ON CONFLICT (commitment_id) DO NOTHING`,
      [commitmentId],
    );
    const [row]: { start_overall: string | null }[] = await manager.query(
      `SELECT start_overall FROM commitment_score WHERE commitment_id = $1 FOR UPDATE`,
      [commitmentId],
    );
    return { startOverall: row?.start_overall == null ? null : Number(row.start_overall) };
  }

  saveScore(
    score: Pick<CommitmentScoreEntity, 'commitmentId' | 'overall' | 'actionsDone' | 'startOverall'>,
    manager: EntityManager,
  ) {
    return manager.getRepository(CommitmentScoreEntity).save(score);
  }

  /** The kept scores of these commitments (a commitment without progress has none). */
  findScores(commitmentIds: readonly string[]): Promise<CommitmentScoreEntity[]> {
    return plainRows(
      this.dataSource,
      CommitmentScoreEntity,
      's',
      'SELECT {columns} FROM commitment_score s WHERE s.commitment_id = ANY($1::uuid[])',
      [[...commitmentIds]],
    );
  }

  /**
   * The score, progress rows, milestones and sections' self-assessments of these commitments in one statement (the
   * rows `findScores`, `findByCommitmentIds`, `findMilestonesByCommitmentIds` and `findSectionSelfAssessments` read,
   * in their order), one state per id, in the ids' order: a collectivity page read them in four statements.
   */
  async findStates(commitmentIds: readonly string[]): Promise<CommitmentProgressState[]> {
    const score = plainJson<CommitmentScoreEntity>(this.dataSource, CommitmentScoreEntity, 's');
    const progress = plainJson<ActionProgressEntity>(this.dataSource, ActionProgressEntity, 'p');
    const milestone = plainJson<MilestoneEntity>(this.dataSource, MilestoneEntity, 'm');
    const section = plainJson<SectionSelfAssessmentEntity>(this.dataSource, SectionSelfAssessmentEntity, 'a');
    const rows: {
      score: Record<string, unknown> | null;
      progress: Record<string, unknown>[] | null;
      milestones: Record<string, unknown>[] | null;
      sections: Record<string, unknown>[] | null;
    }[] = await preparedRead(
      this.dataSource,
      `SELECT
           (SELECT ${score.object} FROM commitment_score s WHERE s.commitment_id = c.id) AS score,
           (SELECT json_agg(${progress.object}) FROM action_progress p WHERE p.commitment_id = c.id) AS progress,
           (SELECT json_agg(${milestone.object} ORDER BY m.date, m.created_at)
              FROM milestone m WHERE m.commitment_id = c.id) AS milestones,
           (SELECT json_agg(${section.object} ORDER BY a.section)
              FROM section_self_assessment a WHERE a.commitment_id = c.id AND a.version > 0) AS sections
         FROM unnest($1::uuid[]) WITH ORDINALITY AS c(id, n) ORDER BY c.n`,
      [[...commitmentIds]],
    );
    return rows.map((row, i) => ({
      commitmentId: commitmentIds[i],
      score: row.score ? score.read(row.score) : null,
      progress: (row.progress ?? []).map(progress.read),
      milestones: (row.milestones ?? []).map(milestone.read),
      sections: (row.sections ?? []).map(section.read),
    }));
  }

  /** A transaction for a derived write that records no history event (the stored scores). */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Commitments with progress rows but no score row (data written before scores were kept, or by bulk SQL). */
  async commitmentsWithoutScore(): Promise<string[]> {
    const rows: { commitment_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT p.commitment_id FROM action_progress p
       WHERE NOT EXISTS (SELECT 1 FROM commitment_score s WHERE s.commitment_id = p.commitment_id)`,
    );
    return rows.map((r) => r.commitment_id);
  }

  /** The milestones of these commitments, by date (then as recorded). */
  findMilestonesByCommitmentIds(commitmentIds: readonly string[]): Promise<MilestoneEntity[]> {
    return plainRows(
      this.dataSource,
      MilestoneEntity,
      'm',
      'SELECT {columns} FROM milestone m WHERE m.commitment_id = ANY($1::uuid[]) ORDER BY m.date, m.created_at',
      [[...commitmentIds]],
    );
  }

  /** Locks the milestone, so two concurrent edits are serialised and the second one sees the first. */
  findMilestone(id: string, manager: EntityManager): Promise<MilestoneEntity | null> {
    return manager.getRepository(MilestoneEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async saveMilestone(entity: Partial<MilestoneEntity>, manager: EntityManager): Promise<MilestoneEntity> {
    return saveVersioned(manager, MilestoneEntity, entity);
  }

  /** Removes the milestone (a withdrawal: its entries stay in the history). */
  async removeMilestone(id: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(MilestoneEntity).delete({ id });
  }

  /** The sections' self-assessments of these commitments. */
  findSectionSelfAssessments(commitmentIds: readonly string[]): Promise<SectionSelfAssessmentEntity[]> {
    return plainRows(
      this.dataSource,
      SectionSelfAssessmentEntity,
      's',
      `SELECT {columns} FROM section_self_assessment s
        WHERE s.commitment_id = ANY($1::uuid[]) AND s.version > 0 ORDER BY s.section`,
      [[...commitmentIds]],
    );
  }

  /**
   * Locks the section's self-assessment, creating it first (version 0, never said) when there is none, so that
   * concurrent first writes queue on the row; the transaction saves over it or rolls back, placeholder included.
   */
  async lockOrCreateSection(
    commitmentId: string,
    section: number,
    manager: EntityManager,
  ): Promise<SectionSelfAssessmentEntity> {
    await manager.query(
      `INSERT INTO section_self_assessment (commitment_id, section, status, explanation, version)
       VALUES ($1, $2, 'NOT_STARTED', '', 0) ON CONFLICT (commitment_id, section) DO NOTHING`,
      [commitmentId, section],
    );
    return (await manager
      .getRepository(SectionSelfAssessmentEntity)
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('s.commitment_id = :commitmentId AND s.section = :section', { commitmentId, section })
      .getOne())!;
  }

  saveSectionSelfAssessment(
    entity: Partial<SectionSelfAssessmentEntity>,
    manager: EntityManager,
  ): Promise<SectionSelfAssessmentEntity> {
    return saveVersioned(manager, SectionSelfAssessmentEntity, entity);
  }
}
