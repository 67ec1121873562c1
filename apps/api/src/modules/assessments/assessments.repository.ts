import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AssessmentEntity, AssessmentReplyEntity, SectionAssessmentEntity } from './assessment.entity';

/** Assessments that no newer one replaces. */
const CURRENT = 'NOT EXISTS (SELECT 1 FROM assessment s WHERE s.supersedes_id = a.id)';
/** Section verdicts that no newer one replaces. */
const CURRENT_SECTION = 'NOT EXISTS (SELECT 1 FROM section_assessment s WHERE s.supersedes_id = a.id)';

@Injectable()
export class AssessmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every assessment of these commitments, current or not, oldest first, with whether each is current. */
  async findByCommitmentIds(
    commitmentIds: readonly string[],
    options: { currentOnly: boolean },
  ): Promise<{ entity: AssessmentEntity; current: boolean }[]> {
    const qb = this.dataSource
      .getRepository(AssessmentEntity)
      .createQueryBuilder('a')
      .addSelect(CURRENT, 'a_current')
      .where('a.commitment_id IN (:...ids)', { ids: [...commitmentIds] });
    if (options.currentOnly) qb.andWhere(CURRENT);
    const { entities, raw } = await qb.orderBy('a.created_at', 'ASC').addOrderBy('a.id', 'ASC').getRawAndEntities();
    const currentById = new Map<string, boolean>(
      raw.map((r: { a_id: string; a_current: boolean }) => [r.a_id, r.a_current]),
    );
    return entities.map((entity) => ({ entity, current: currentById.get(entity.id) ?? false }));
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

  findRepliesByAssessmentIds(assessmentIds: readonly string[]): Promise<AssessmentReplyEntity[]> {
    return this.dataSource
      .getRepository(AssessmentReplyEntity)
      .find({ where: { assessmentId: In([...assessmentIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The current section verdicts of these commitments (one per auditor and section), oldest first. */
  findCurrentSectionAssessments(commitmentIds: readonly string[]): Promise<SectionAssessmentEntity[]> {
    return this.dataSource
      .getRepository(SectionAssessmentEntity)
      .createQueryBuilder('a')
      .where('a.commitment_id IN (:...ids)', { ids: [...commitmentIds] })
      .andWhere(CURRENT_SECTION)
      .orderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
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
