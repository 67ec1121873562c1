import { Field, ID, InputType } from '@nestjs/graphql';
import { assessmentReplySchema, assessmentSchema, AssessmentVerdict } from '@pacte/pact';
import { ValidatedBy } from '../../../common/validation/rulebook';
import { AssessmentVerdictEnum } from '../models/assessment.model';

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

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD, not after today in Europe/Paris; default: today there',
  })
  date?: string;

  @Field(() => String, {
    nullable: true,
    description: 'The association the auditor speaks for (public); omitted: the auditor assesses in their own name',
  })
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
