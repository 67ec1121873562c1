import { Injectable } from '@nestjs/common';
import { isActionCode, todayInFrance } from '@pacte/pact';
import type { Actor } from '../../common/auth/actor';
import { NotFoundError } from '../../common/errors/domain-error';
import { CollectivitiesService } from '../collectivities/collectivities.service';
import { CommitmentsService } from '../commitments/commitments.service';
import { EvidenceService } from '../evidence/evidence.service';
import { UnitOfWork } from '../history/unit-of-work';
import { UnknownActionError } from '../progress/progress.errors';
import { AssessmentEntity, AssessmentReplyEntity, SectionAssessmentEntity } from './assessment.entity';
import { AssessmentsAccess } from './assessments.access';
import { AssessmentEvidenceMismatchError } from './assessments.errors';
import { AssessmentsRepository } from './assessments.repository';
import { RecordAssessmentInput, RecordSectionAssessmentInput, ReplyToAssessmentInput } from './dto/assessment.input';
import { assessmentHistorySnapshot, replyHistorySnapshot } from './models/assessment.model';
import { sectionAssessmentHistorySnapshot } from './models/section-assessment.model';

@Injectable()
export class AssessmentsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: AssessmentsRepository,
    private readonly commitments: CommitmentsService,
    private readonly collectivities: CollectivitiesService,
    private readonly evidence: EvidenceService,
    private readonly access: AssessmentsAccess,
  ) {}

  /**
   * An auditor records a verdict on one action of a commitment in their scope. Their previous verdict on the same
   * action, if any, stays, superseded by the new one; the history records both.
   */
  record(actor: Actor, input: RecordAssessmentInput): Promise<AssessmentEntity> {
    return this.unitOfWork.run(actor, async ({ manager, record }) => {
      const commitment = await this.commitments.get(input.commitmentId, manager);
      const collectivity = await this.collectivities.get(commitment.collectivityId, manager);
      this.access.assertCanAssess(actor, collectivity, 'Commitment', commitment.id);
      if (!isActionCode(input.actionCode, commitment.edition)) {
        throw new UnknownActionError(input.actionCode, commitment.edition);
      }
      // More than blanks, and a date not after today (Europe/Paris): the rulebook's schema checked both at the edge.
      const justification = input.justification.trim();
      const evidenceIds = [...new Set(input.evidenceIds.map((id) => id.toLowerCase()))];
      const known = await this.evidence.idsOfCommitment(commitment.id, evidenceIds, manager);
      const foreign = evidenceIds.filter((id) => !known.has(id));
      if (foreign.length > 0) throw new AssessmentEvidenceMismatchError(foreign);
      const date = input.date ?? todayInFrance(new Date());

      const auditorId = actor.id!;
      await this.repository.lockAuditorAction(commitment.id, input.actionCode, auditorId, manager);
      const previous = await this.repository.findCurrent(commitment.id, input.actionCode, auditorId, manager);
      const saved = await this.repository.insert(
        {
          commitmentId: commitment.id,
          actionCode: input.actionCode,
          auditorId,
          association: input.association?.trim() || null,
          verdict: input.verdict,
          justification,
          evidenceIds,
          assessedOn: date,
          supersedesId: previous?.id ?? null,
        },
        manager,
      );
      // A new row, so CREATE; `before` is the verdict it replaces, when it replaces one.
      record({
        name: 'AssessmentCreated',
        collectivityId: commitment.collectivityId,
        entityId: saved.id,
        payload: {
          before: previous ? assessmentHistorySnapshot(previous) : null,
          after: assessmentHistorySnapshot(saved),
        },
      });
      return saved;
    });
  }

  /**
   * An auditor records a verdict on one section of a commitment in their scope (same reach as `record`). Their
   * previous verdict on the same section, if any, stays, superseded by the new one; the history records both.
   */
  recordSection(actor: Actor, input: RecordSectionAssessmentInput): Promise<SectionAssessmentEntity> {
    return this.unitOfWork.run(actor, async ({ manager, record }) => {
      const commitment = await this.commitments.get(input.commitmentId, manager);
      const collectivity = await this.collectivities.get(commitment.collectivityId, manager);
      this.access.assertCanAssess(actor, collectivity, 'Commitment', commitment.id);
      const auditorId = actor.id!;
      await this.repository.lockAuditorSection(commitment.id, input.section, auditorId, manager);
      const previous = await this.repository.findCurrentSection(commitment.id, input.section, auditorId, manager);
      const saved = await this.repository.insertSection(
        {
          commitmentId: commitment.id,
          section: input.section,
          auditorId,
          association: input.association?.trim() || null,
          verdict: input.verdict,
          justification: input.justification.trim(),
          assessedOn: input.date ?? todayInFrance(new Date()),
          supersedesId: previous?.id ?? null,
        },
        manager,
      );
      record({
        name: 'SectionAssessmentCreated',
        collectivityId: commitment.collectivityId,
        entityId: saved.id,
        payload: {
          before: previous ? sectionAssessmentHistorySnapshot(previous) : null,
          after: sectionAssessmentHistorySnapshot(saved),
        },
      });
      return saved;
    });
  }

  /** An elected official or IT manager of the assessed collectivity answers an assessment. */
  reply(actor: Actor, input: ReplyToAssessmentInput): Promise<AssessmentReplyEntity> {
    return this.unitOfWork.run(actor, async ({ manager, record }) => {
      const assessment = await this.repository.findById(input.assessmentId, manager);
      if (!assessment) throw new NotFoundError('Assessment', input.assessmentId);
      const commitment = await this.commitments.get(assessment.commitmentId, manager);
      const authorRole = this.access.assertCanReply(actor, commitment.collectivityId, 'Assessment', assessment.id);
      const text = input.text.trim();
      const saved = await this.repository.insertReply(
        { assessmentId: assessment.id, authorId: actor.id, authorRole, text },
        manager,
      );
      record({
        name: 'AssessmentReplyCreated',
        collectivityId: commitment.collectivityId,
        entityId: saved.id,
        payload: { before: null, after: replyHistorySnapshot(saved, assessment) },
      });
      return saved;
    });
  }
}
