import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  milestoneAddSchema,
  milestoneUpdateSchema,
  milestoneWithdrawSchema,
  progressUpdateSchema,
  ProgressStatus,
  sectionSelfAssessmentSchema,
  SectionSelfStatus,
} from '@pacte/pact';
import { ValidatedBy } from '../../../common/validation/rulebook';
import { ExpectedVersionField } from '../../../common/validation/expected-version';
import { ProgressStatusEnum } from '../../catalogue/models/pact.model';
import { SectionSelfStatusEnum } from '../models/section-self-assessment.model';

@InputType()
@ValidatedBy(progressUpdateSchema)
export class UpdateActionProgressInput {
  @Field(() => ID)
  commitmentId!: string;

  @Field({ description: 'Pact action code, e.g. "1.7"' })
  actionCode!: string;

  @Field(() => ProgressStatusEnum)
  status!: ProgressStatus;

  @Field(() => Int, {
    nullable: true,
    description:
      'Explicit % (0–100) overriding the status default; omitted or null: the status default. Like status and justification it describes this update; targetDate and owner are kept when omitted',
  })
  progress?: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  targetDate?: string | null;

  @Field(() => String, { nullable: true })
  owner?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Required when the status is NOT_APPLICABLE or ABANDONED; replaced on every update',
  })
  justification?: string | null;

  @ExpectedVersionField()
  expectedVersion?: number | null;
}

@InputType()
@ValidatedBy(milestoneAddSchema)
export class AddMilestoneInput {
  @Field(() => ID)
  commitmentId!: string;

  @Field()
  actionCode!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field({ description: 'YYYY-MM-DD' })
  date!: string;

  @Field({ defaultValue: false })
  reached: boolean = false;
}

@InputType()
@ValidatedBy(milestoneUpdateSchema)
export class UpdateMilestoneInput {
  @Field(() => ID)
  milestoneId!: string;

  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => String, { nullable: true })
  date?: string;

  @Field(() => Boolean, { nullable: true })
  reached?: boolean;

  @ExpectedVersionField()
  expectedVersion?: number | null;
}

@InputType()
@ValidatedBy(milestoneWithdrawSchema)
export class WithdrawMilestoneInput {
  @Field(() => ID)
  milestoneId!: string;

  @Field({ description: 'Why it is withdrawn (3 to 1,000 characters): the public history keeps it' })
  reason!: string;

  @ExpectedVersionField()
  expectedVersion?: number | null;
}

@InputType()
@ValidatedBy(sectionSelfAssessmentSchema)
export class SelfAssessSectionInput {
  @Field(() => ID)
  commitmentId!: string;

  @Field(() => Int, { description: 'The section of the pact: 1, 2 or 3' })
  section!: number;

  @Field(() => SectionSelfStatusEnum)
  status!: SectionSelfStatus;

  @Field({ description: 'A short public explanation (up to 1,000 characters): what was done for this commitment' })
  explanation!: string;

  @ExpectedVersionField()
  expectedVersion?: number | null;
}
