import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EventPayload, SECTION_SELF_STATUSES, SectionSelfStatus } from '@pacte/pact';
import { SectionSelfAssessmentEntity } from '../section-self-assessment.entity';

export const SectionSelfStatusEnum = Object.fromEntries(SECTION_SELF_STATUSES.map((s) => [s, s])) as {
  [K in SectionSelfStatus]: K;
};
registerEnumType(SectionSelfStatusEnum, {
  name: 'SectionSelfStatus',
  description: 'The collectivity’s word on one section (one commitment) of the pact as a whole',
});

@ObjectType('SectionSelfAssessment', {
  description:
    'The collectivity’s self-assessment of one section of the pact (an elected official or IT manager), beside the ' +
    'per-action progress: the sections are the pact’s commitments, the actions their means',
})
export class SectionSelfAssessmentModel {
  @Field(() => Int, { description: '1, 2 or 3' })
  section!: number;

  @Field(() => SectionSelfStatusEnum)
  status!: SectionSelfStatus;

  @Field({ description: 'A short public explanation' })
  explanation!: string;

  @Field()
  updatedAt!: Date;

  @Field(() => Int, { description: 'Optimistic locking: send it back as expectedVersion' })
  version!: number;

  commitmentId!: string;
}

export function toSectionSelfAssessmentModel(e: SectionSelfAssessmentEntity): SectionSelfAssessmentModel {
  return {
    section: e.section,
    status: e.status,
    explanation: e.explanation,
    updatedAt: e.updatedAt,
    version: e.version,
    commitmentId: e.commitmentId,
  };
}

/** What the history keeps of a section's self-assessment (events SectionSelfAssessmentCreated / …Updated). */
export function sectionSelfAssessmentSnapshot(
  e: SectionSelfAssessmentEntity,
): EventPayload<'SectionSelfAssessmentUpdated'>['after'] {
  return {
    commitmentId: e.commitmentId,
    section: e.section,
    status: e.status,
    explanation: e.explanation,
    version: e.version,
  };
}
