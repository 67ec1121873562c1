import { Field, ID, InputType } from '@nestjs/graphql';
import { commitmentDeclarationSchema, type CommitmentSource } from '@pacte/pact';
import { ValidatedBy } from '../../../common/validation/rulebook';
import { CommitmentSourceEnum } from '../../commitments/models/commitment.model';

/** A declaration that a collectivity committed, checked by the rulebook's `commitmentDeclarationSchema`. */
@InputType()
@ValidatedBy(commitmentDeclarationSchema)
export class DeclareCommitmentInput {
  @Field(() => ID)
  collectivityId!: string;

  @Field(() => CommitmentSourceEnum)
  source!: CommitmentSource;

  @Field(() => ID, { nullable: true, description: 'LIST_MAJORITY: the collectivity’s signing list that won' })
  candidateListId?: string | null;

  @Field(() => String, { nullable: true, description: 'COUNCIL_DELIBERATION: the deliberation’s number' })
  deliberationNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'COUNCIL_DELIBERATION: its date, YYYY-MM-DD' })
  deliberationDate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'COUNCIL_DELIBERATION: where the deliberation is published (or upload it: POST /declarations)',
  })
  documentUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Anything the moderator should know' })
  note?: string | null;
}
