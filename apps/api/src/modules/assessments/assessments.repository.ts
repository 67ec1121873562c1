import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { plainRows } from '../../database/plain-rows';
import { AssessmentEntity, AssessmentReplyEntity, SectionAssessmentEntity } from './assessment.entity';

/** Assessments that no newer one replaces. */
const CURRENT = 'NOT EXISTS (SELECT 1 FROM assessment s WHERE s.supersedes_id = a.id)';
/** Section verdicts that no newer one replaces. */
const CURRENT_SECTION = 'NOT EXISTS (SELECT 1 FROM section_assessment s WHERE s.supersedes_id = a.id)';

@Injectable()
export class AssessmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Every assessment of these commitments, current or not, oldest first, with whether each is current (plain rows
   * shaped as the entity: a public read, database/plain-rows.ts).
   */
  async findByCommitmentIds(
    commitmentIds: readonly string[],
    options: { currentOnly: boolean },
  ): Promise<{ entity: AssessmentEntity; current: boolean }[]> {
    const rows = await plainRows<AssessmentEntity & { isCurrent: boolean }>(
      this.dataSource,
      AssessmentEntity,
      'a',
      `SELECT {columns}, ${CURRENT} AS "isCurrent" FROM assessment a WHERE a.commitment_id = ANY($1::uuid[])` +
        (options.currentOnly ? ` AND ${CURRENT}` : '') +
        ' ORDER BY a.created_at ASC, a.id ASC',
      [[...commitmentIds]],
    );
    return rows.map(({ isCurrent, ...entity }) => ({ entity, current: isCurrent }));
  }

  findById(id: string, manager: EntityManager): Promise<AssessmentEntity | null> {
    return manager.getRepository(AssessmentEntity).findOneBy({ id });
  }

  /**
   * Serialises the verdicts of one auditor on one action until the transaction ends, so two concurrent verdicts do
   * not both replace the same one.
   */
  async lockAuditorAction(commitmentId: string, actionCode: string, auditorId: string, manager: EntityManager) {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `assessment:${commitmentId}:${actionCode}:${auditorId}`,
    ]);
  }

  /** The auditor's current verdict on the action, if any. */
  findCurrent(commitmentId: string, actionCode: string, auditorId: string, manager: EntityManager) {
    return manager
      .getRepository(AssessmentEntity)
      .createQueryBuilder('a')
      .where('a.commitment_id = :commitmentId AND a.action_code = :actionCode AND a.auditor_id = :auditorId', {
        commitmentId,
        actionCode,
        auditorId,
      })
      .andWhere(CURRENT)
      .getOne();
  }

  insert(entity: Partial<AssessmentEntity>, manager: EntityManager): Promise<AssessmentEntity> {
    const repo = manager.getRepository(AssessmentEntity);
    return repo.save(repo.create(entity));
  }

  insertReply(entity: Partial<AssessmentReplyEntity>, manager: EntityManager): Promise<AssessmentReplyEntity> {
    const repo = manager.getRepository(AssessmentReplyEntity);
    return repo.save(repo.create(entity));
  }

  /** The replies to these assessments, oldest first (plain rows). */
  findRepliesByAssessmentIds(assessmentIds: readonly string[]): Promise<AssessmentReplyEntity[]> {
    return plainRows(
      this.dataSource,
      AssessmentReplyEntity,
      'r',
      'SELECT {columns} FROM assessment_reply r WHERE r.assessment_id = ANY($1::uuid[]) ORDER BY r.created_at, r.id',
      [[...assessmentIds]],
    );
  }

  /** The current section verdicts of these commitments (one per auditor and section), oldest first (plain rows). */
  findCurrentSectionAssessments(commitmentIds: readonly string[]): Promise<SectionAssessmentEntity[]> {
    return plainRows(
      this.dataSource,
      SectionAssessmentEntity,
      'a',
      `SELECT {columns} FROM section_assessment a WHERE a.commitment_id = ANY($1::uuid[]) AND ${CURRENT_SECTION}
       ORDER BY a.created_at, a.id`,
      [[...commitmentIds]],
    );
  }

  /** Serialises the verdicts of one auditor on one section until the transaction ends. */
  async lockAuditorSection(commitmentId: string, section: number, auditorId: string, manager: EntityManager) {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `section-assessment:${commitmentId}:${section}:${auditorId}`,
    ]);
  }

  /** The auditor's current verdict on the section, if any. */
  findCurrentSection(commitmentId: string, section: number, auditorId: string, manager: EntityManager) {
    return manager
      .getRepository(SectionAssessmentEntity)
      .createQueryBuilder('a')
      .where('a.commitment_id = :commitmentId AND a.section = :section AND a.auditor_id = :auditorId', {
        commitmentId,
        section,
        auditorId,
      })
      .andWhere(CURRENT_SECTION)
      .getOne();
  }

  insertSection(entity: Partial<SectionAssessmentEntity>, manager: EntityManager): Promise<SectionAssessmentEntity> {
    const repo = manager.getRepository(SectionAssessmentEntity);
    return repo.save(repo.create(entity));
  }
}
