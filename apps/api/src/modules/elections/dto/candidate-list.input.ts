import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { LIST_OUTCOMES, ListOutcome } from '../candidate-list.entity';
import { ListOutcomeEnum } from '../models/election.model';
import { ExpectedVersionField } from '../../../common/validation/expected-version';

@InputType()
export class CreateCandidateListInput {
  @Field({ defaultValue: 'MUNICIPALES_2026' })
  @IsString()
  @MaxLength(64)
  electionCode: string = 'MUNICIPALES_2026';

  @Field(() => ID)
  @IsUUID()
  collectivityId!: string;

  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  headOfList?: string;

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  parties: string[] = [];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  website?: string;
}

@InputType()
export class SetListOutcomeInput {
  @Field(() => ID)
  @IsUUID()
  candidateListId!: string;

  @Field(() => ListOutcomeEnum)
  @IsIn(LIST_OUTCOMES)
  outcome!: ListOutcome;

  @ExpectedVersionField()
  expectedVersion?: number | null;
}
