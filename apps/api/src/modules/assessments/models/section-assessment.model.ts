import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  AssessmentVerdict,
  EventPayload,
  PACT_KEPT_STATUSES,
  PactKeptStatus,
  PactStanding,
  SectionSelfStatus,
} from '@pacte/pact';
import { SectionSelfStatusEnum } from '../../progress/models/section-self-assessment.model';
import { SectionAssessmentEntity } from '../assessment.entity';
import { AssessmentVerdictEnum } from './assessment.model';

export const PactKeptStatusEnum = Object.fromEntries(PACT_KEPT_STATUSES.map((s) => [s, s])) as {
  [K in PactKeptStatus]: K;
};
registerEnumType(PactKeptStatusEnum, {
  name: 'PactKeptStatus',
  description:
    'Whether the pact is kept (libs/pact pactStanding): AUDITED when every section’s audit verdict is KEPT, ' +
    'DECLARED when the collectivity self-assesses every section as KEPT (and the audit does not say so), else ' +
    'NOT_KEPT. The actions’ progress does not enter it',
});

@ObjectType('SectionAssessment', {
  description: 'An auditor’s verdict on one section (one commitment) of the pact as a whole, beside those on actions',
})
export class SectionAssessmentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '1, 2 or 3' })
  section!: number;

  @Field(() => AssessmentVerdictEnum)
  verdict!: AssessmentVerdict;

  @Field()
  justification!: string;

  @Field({ description: 'The day the section was assessed, YYYY-MM-DD' })
  date!: string;

  @Field({ description: 'When the verdict was recorded' })
  recordedAt!: Date;

  @Field(() => String, { nullable: true, description: 'The association the auditor speaks for' })
  association!: string | null;

  @Field(() => ID, { nullable: true, description: 'The verdict of the same auditor that this one replaced' })
  supersedesId!: string | null;

  auditorId!: string | null;
}

@ObjectType('SectionStanding', { description: 'Where one section of the pact stands, on both words' })
export class SectionStandingModel {
  @Field(() => Int)
  section!: number;

  @Field(() => SectionSelfStatusEnum, { nullable: true, description: 'The collectivity’s word; null: none yet' })
  selfStatus!: SectionSelfStatus | null;

  @Field(() => AssessmentVerdictEnum, {
    nullable: true,
    description: 'The section’s audit verdict: the most recent auditor’s verdict that says something; null: none',
  })
  verdict!: AssessmentVerdict | null;
}

@ObjectType('PactStanding', { description: 'Whether the pact is kept, from its three sections (its commitments)' })
export class PactStandingModel {
  @Field(() => PactKeptStatusEnum)
  status!: PactKeptStatus;

  @Field(() => [SectionStandingModel])
  sections!: SectionStandingModel[];
}

export function toSectionAssessmentModel(e: SectionAssessmentEntity): SectionAssessmentModel {
  return {
    id: e.id,
    section: e.section,
    verdict: e.verdict,
    justification: e.justification,
    date: e.assessedOn,
    recordedAt: e.createdAt,
    association: e.association,
    supersedesId: e.supersedesId,
    auditorId: e.auditorId,
  };
}

export function toPactStandingModel(standing: PactStanding): PactStandingModel {
  return { status: standing.status, sections: standing.sections.map((s) => ({ ...s })) };
}

/** What the history keeps of a section verdict: no auditor name, the association (public). */
export function sectionAssessmentHistorySnapshot(
  e: SectionAssessmentEntity,
): EventPayload<'SectionAssessmentCreated'>['after'] {
  return {
    commitmentId: e.commitmentId,
    section: e.section,
    verdict: e.verdict,
    justification: e.justification,
    date: e.assessedOn,
    association: e.association,
    supersedesId: e.supersedesId,
  };
}
