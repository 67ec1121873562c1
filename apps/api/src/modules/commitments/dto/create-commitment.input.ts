import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsIsoDate } from '../../../common/validation/is-iso-date';
import { COMMITMENT_SOURCES, CommitmentSource } from '../commitment.entity';
import { CommitmentSourceEnum } from '../models/commitment.model';

@InputType()
export class CreateCommitmentInput {
  @Field(() => ID)
  @IsUUID()
  collectivityId!: string;

  @Field(() => CommitmentSourceEnum)
  @IsIn(COMMITMENT_SOURCES)
  source!: CommitmentSource;

  @Field(() => ID, { nullable: true, description: 'For LIST_MAJORITY: the signing list that won' })
  @IsOptional()
  @IsUUID()
  candidateListId?: string;

  @Field(() => String, { nullable: true, description: 'For COUNCIL_DELIBERATION: the deliberation number' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  deliberationNumber?: string;

  @Field(() => String, { nullable: true, description: 'For COUNCIL_DELIBERATION: YYYY-MM-DD' })
  @IsOptional()
  @IsIsoDate()
  deliberationDate?: string;
}
