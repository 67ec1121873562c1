import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { assessmentReplySchema, assessmentSchema, AssessmentVerdict, sectionAssessmentSchema } from '@pacte/pact';
import { ValidatedBy } from '../../../common/validation/rulebook';
import { AssessmentVerdictEnum } from '../models/assessment.model';

/** The day of a verdict (on an action or a section). */
const VERDICT_DATE = {
  nullable: true,
  description: 'YYYY-MM-DD, not after today in Europe/Paris; default: today there',
};
/** Whom a verdict speaks for. */
const VERDICT_ASSOCIATION = {
  nullable: true,
  description: 'The association the auditor speaks for (public); omitted: the auditor assesses in their own name',
};

@InputType()
@ValidatedBy(assessmentSchema)
export class RecordAssessmentInput {
  @Field(() => ID)
  commitmentId!: string;

  @Field({ description: 'Pact action code, e.g. "1.7"' })
  actionCode!: string;

  @Field(() => AssessmentVerdictEnum)
  verdict!: AssessmentVerdict;

  @Field({ description: 'Why this verdict: what was checked, and how (public)' })
  justification!: string;

  @Field(() => [ID], { defaultValue: [], description: 'Evidence of this commitment the verdict rests on' })
  evidenceIds: string[] = [];

  @Field(() => String, VERDICT_DATE)
  date?: string;

  @Field(() => String, VERDICT_ASSOCIATION)
  association?: string;
}

@InputType()
@ValidatedBy(assessmentReplySchema)
export class ReplyToAssessmentInput {
  @Field(() => ID)
  assessmentId!: string;

  @Field({ description: 'The collectivity’s answer (public)' })
  text!: string;
}

@InputType()
@ValidatedBy(sectionAssessmentSchema)
export class RecordSectionAssessmentInput {
  @Field(() => ID)
  commitmentId!: string;

  @Field(() => Int, { description: 'The section of the pact: 1, 2 or 3' })
  section!: number;

  @Field(() => AssessmentVerdictEnum)
  verdict!: AssessmentVerdict;

  @Field({ description: 'Why this verdict on the commitment as a whole: what was checked, and how (public)' })
  justification!: string;

  @Field(() => String, VERDICT_DATE)
  date?: string;

  @Field(() => String, VERDICT_ASSOCIATION)
  association?: string;
}
