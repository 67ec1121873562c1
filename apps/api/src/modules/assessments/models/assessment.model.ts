import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ASSESSMENT_VERDICTS, AssessmentVerdict, AuditedScoreSummary, EventPayload } from '@pacte/pact';
import type { Role } from '../../../common/auth/roles';
import { RoleEnum } from '../../../common/auth/role-enum';
import { AssessmentEntity, AssessmentReplyEntity } from '../assessment.entity';

export const AssessmentVerdictEnum = Object.fromEntries(ASSESSMENT_VERDICTS.map((v) => [v, v])) as {
  [K in AssessmentVerdict]: K;
};
registerEnumType(AssessmentVerdictEnum, {
  name: 'AssessmentVerdict',
  description: 'An auditor’s verdict: KEPT 1, PARTIAL 0.5, NOT_ATTESTED 0, UNVERIFIABLE (excluded), ABANDONED 0',
});

@ObjectType('Assessment', {
  description: 'An auditor’s verdict on one action, shown beside the self-declared status and never merged into it',
})
export class AssessmentModel {
  @Field(() => ID)
  id!: string;

  @Field()
  actionCode!: string;

  @Field(() => AssessmentVerdictEnum)
  verdict!: AssessmentVerdict;

  @Field()
  justification!: string;

  @Field({ description: 'The day the action was assessed, YYYY-MM-DD' })
  date!: string;

  @Field({ description: 'When the verdict was recorded' })
  recordedAt!: Date;

  @Field(() => String, { nullable: true, description: 'The association the auditor speaks for' })
  association!: string | null;

  @Field(() => [ID], { description: 'Evidence of the commitment the verdict rests on' })
  evidenceIds!: string[];

  @Field({ description: 'False once the same auditor recorded a newer verdict on the same action' })
  current!: boolean;

  @Field(() => ID, { nullable: true, description: 'The verdict of the same auditor that this one replaced' })
  supersedesId!: string | null;

  commitmentId!: string;
  auditorId!: string | null;
}

@ObjectType('AssessmentReply', {
  description: 'The collectivity’s answer to an assessment, signed by the role of its author (never their name)',
})
export class AssessmentReplyModel {
  @Field(() => ID)
  id!: string;

  @Field()
  text!: string;

  @Field(() => RoleEnum, { description: 'ELECTED_OFFICIAL or IT_MANAGER of the collectivity' })
  authorRole!: Role;

  @Field()
  createdAt!: Date;

  assessmentId!: string;
}

@ObjectType('AuditedSectionScore')
export class AuditedSectionScoreModel {
  @Field(() => Int)
  section!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Audited score in % over `actionsTotal` (unassessed actions count 0); null when none was assessed',
  })
  score!: number | null;

  @Field(() => Int, { description: 'Actions the score is over: all but those declared NOT_APPLICABLE' })
  actionsTotal!: number;

  @Field(() => Int, { description: 'Of those, actions with at least one current verdict (the coverage)' })
  actionsAssessed!: number;

  @Field(() => Int, { description: 'Of those, actions whose verdict is not UNVERIFIABLE' })
  verdictsCounted!: number;
}

@ObjectType('VerdictCount')
export class VerdictCountModel {
  @Field(() => AssessmentVerdictEnum)
  verdict!: AssessmentVerdict;

  @Field(() => Int)
  count!: number;
}

@ObjectType('AuditedScoreSummary', {
  description:
    'Scores from the auditors’ current verdicts, one per action (the most recent that is not UNVERIFIABLE): ' +
    'KEPT 100 %, PARTIAL 50 %, the others 0 %, an unassessed action 0 %, over the same actions as the ' +
    'self-declared scores (all but NOT_APPLICABLE), beside them and never merged with them',
})
export class AuditedScoreSummaryModel {
  @Field(() => Float, { nullable: true, description: 'Over every action of the base; null when none was assessed' })
  overall!: number | null;

  @Field(() => Int, { description: 'Actions the overall score is over' })
  actionsTotal!: number;

  @Field(() => Int, { description: 'Of those, actions with at least one current verdict: the audit’s coverage' })
  actionsAssessed!: number;

  @Field(() => [AuditedSectionScoreModel])
  sections!: AuditedSectionScoreModel[];

  @Field(() => [VerdictCountModel])
  counts!: VerdictCountModel[];
}

export function toAssessmentModel(e: AssessmentEntity, current: boolean): AssessmentModel {
  return {
    id: e.id,
    actionCode: e.actionCode,
    verdict: e.verdict,
    justification: e.justification,
    date: e.assessedOn,
    recordedAt: e.createdAt,
    association: e.association,
    evidenceIds: e.evidenceIds,
    current,
    supersedesId: e.supersedesId,
    commitmentId: e.commitmentId,
    auditorId: e.auditorId,
  };
}

export function toAssessmentReplyModel(e: AssessmentReplyEntity): AssessmentReplyModel {
  return { id: e.id, text: e.text, authorRole: e.authorRole, createdAt: e.createdAt, assessmentId: e.assessmentId };
}

export function toAuditedScoreSummaryModel(summary: AuditedScoreSummary): AuditedScoreSummaryModel {
  return {
    overall: summary.overall,
    actionsTotal: summary.actionsTotal,
    actionsAssessed: summary.actionsAssessed,
    sections: summary.sections.map((s) => ({ ...s })),
    counts: ASSESSMENT_VERDICTS.map((verdict) => ({ verdict, count: summary.counts[verdict] })),
  };
}

/**
 * What the history keeps of an assessment: no auditor name (the entry's actor is the auditor's opaque id), the
 * association, which is public and names no person.
 */
export function assessmentHistorySnapshot(e: AssessmentEntity): EventPayload<'AssessmentCreated'>['after'] {
  return {
    commitmentId: e.commitmentId,
    actionCode: e.actionCode,
    verdict: e.verdict,
    justification: e.justification,
    evidenceIds: e.evidenceIds,
    date: e.assessedOn,
    association: e.association,
    supersedesId: e.supersedesId,
  };
}

export function replyHistorySnapshot(
  reply: AssessmentReplyEntity,
  assessment: AssessmentEntity,
): EventPayload<'AssessmentReplyCreated'>['after'] {
  return {
    assessmentId: reply.assessmentId,
    commitmentId: assessment.commitmentId,
    actionCode: assessment.actionCode,
    verdict: assessment.verdict,
    authorRole: reply.authorRole,
    text: reply.text,
  };
}
