import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { PROGRESS_STATUSES, ProgressStatus } from '@pacte/pact';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ExpectedVersionField } from '../../../common/validation/expected-version';
import { IsIsoDate } from '../../../common/validation/is-iso-date';
import { ProgressStatusEnum } from '../../catalogue/models/pact.model';

@InputType()
export class UpdateActionProgressInput {
  @Field(() => ID)
  @IsUUID()
  commitmentId!: string;

  @Field({ description: 'Pact action code, e.g. "1.7"' })
  @IsString()
  @MaxLength(8)
  actionCode!: string;

  @Field(() => ProgressStatusEnum)
  @IsIn(PROGRESS_STATUSES)
  status!: ProgressStatus;

  @Field(() => Int, {
    nullable: true,
    description:
      'Explicit % (0–100) overriding the status default; omitted or null: the status default. Like status and justification it describes this update; targetDate and owner are kept when omitted',
  })
  @IsOptional()
  @IsInt()
  progress?: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsIsoDate()
  targetDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  owner?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Required when the status is NOT_APPLICABLE or ABANDONED; replaced on every update',
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  justification?: string | null;

  @ExpectedVersionField()
  expectedVersion?: number | null;
}

@InputType()
export class AddMilestoneInput {
  @Field(() => ID)
  @IsUUID()
  commitmentId!: string;

  @Field()
  @IsString()
  @MaxLength(8)
  actionCode!: string;

  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsIsoDate()
  date!: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  reached: boolean = false;
}

@InputType()
export class UpdateMilestoneInput {
  @Field(() => ID)
  @IsUUID()
  milestoneId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate()
  date?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  reached?: boolean;

  @ExpectedVersionField()
  expectedVersion?: number | null;
}
