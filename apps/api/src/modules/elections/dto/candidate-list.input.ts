import { Field, ID, InputType } from '@nestjs/graphql';
import { candidateListCreateSchema } from '@pacte/pact';
import { IsIn, IsUUID } from 'class-validator';
import { LIST_OUTCOMES, ListOutcome } from '../candidate-list.entity';
import { ListOutcomeEnum } from '../models/election.model';
import { ExpectedVersionField } from '../../../common/validation/expected-version';
import { ValidatedBy } from '../../../common/validation/rulebook';

/** A new candidate list, checked by the rulebook's `candidateListCreateSchema` (the desk's form checks the same one). */
@InputType()
@ValidatedBy(candidateListCreateSchema)
export class CreateCandidateListInput {
  @Field({ defaultValue: 'MUNICIPALES_2026' })
  electionCode: string = 'MUNICIPALES_2026';

  @Field(() => ID)
  collectivityId!: string;

  @Field({ description: 'At least two characters' })
  name!: string;

  @Field(() => String, { nullable: true })
  headOfList?: string | null;

  @Field(() => [String], { defaultValue: [] })
  parties: string[] = [];

  @Field(() => String, { nullable: true })
  website?: string | null;
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
