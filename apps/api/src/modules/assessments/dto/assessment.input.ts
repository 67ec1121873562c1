import { Field, ID, InputType } from '@nestjs/graphql';
import { ASSESSMENT_VERDICTS, AssessmentVerdict } from '@pacte/pact';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsIsoDate } from '../../../common/validation/is-iso-date';
import { AssessmentVerdictEnum } from '../models/assessment.model';

@InputType()
export class RecordAssessmentInput {
  @Field(() => ID)
  @IsUUID()
  commitmentId!: string;

  @Field({ description: 'Pact action code, e.g. "1.7"' })
  @IsString()
  @MaxLength(8)
  actionCode!: string;

  @Field(() => AssessmentVerdictEnum)
  @IsIn(ASSESSMENT_VERDICTS)
  verdict!: AssessmentVerdict;

  @Field({ description: 'Why this verdict: what was checked, and how (public)' })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  justification!: string;

  @Field(() => [ID], { defaultValue: [], description: 'Evidence of this commitment the verdict rests on' })
  @IsArray()
  @ArrayMaxSize(40)
  @IsUUID('all', { each: true })
  evidenceIds: string[] = [];

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not in the future; default: today (UTC)' })
  @IsOptional()
  @IsIsoDate()
  date?: string;

  @Field(() => String, {
    nullable: true,
    description: 'The association the auditor speaks for (public); omitted: the auditor assesses in their own name',
  })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  association?: string;
}

@InputType()
export class ReplyToAssessmentInput {
  @Field(() => ID)
  @IsUUID()
  assessmentId!: string;

  @Field({ description: 'The collectivity’s answer (public)' })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  text!: string;
}
