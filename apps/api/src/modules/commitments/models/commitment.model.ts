import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { EventPayload } from '@pacte/pact';
import { COMMITMENT_SOURCES, CommitmentEntity, CommitmentSource } from '../commitment.entity';

export const CommitmentSourceEnum = Object.fromEntries(COMMITMENT_SOURCES.map((v) => [v, v])) as {
  [K in CommitmentSource]: K;
};
registerEnumType(CommitmentSourceEnum, {
  name: 'CommitmentSource',
  description: 'LIST_MAJORITY: a signing list won the majority; COUNCIL_DELIBERATION: the council adopted the pact',
});

@ObjectType('Commitment', { description: 'A collectivity bound by the pact, with the source of the commitment' })
export class CommitmentModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Pact edition, e.g. 2026' })
  edition!: string;

  @Field(() => CommitmentSourceEnum)
  source!: CommitmentSource;

  @Field(() => String, { nullable: true })
  deliberationNumber!: string | null;

  @Field(() => String, { nullable: true })
  deliberationDate!: string | null;

  @Field()
  committedOn!: string;

  @Field({ description: 'True for the labelled demonstration data set' })
  demo!: boolean;

  collectivityId!: string;
  candidateListId!: string | null;
}

export function toCommitmentModel(e: CommitmentEntity): CommitmentModel {
  return {
    id: e.id,
    edition: e.edition,
    source: e.source,
    deliberationNumber: e.deliberationNumber,
    deliberationDate: e.deliberationDate,
    committedOn: e.committedOn,
    demo: e.demo,
    collectivityId: e.collectivityId,
    candidateListId: e.candidateListId,
  };
}

/** What the history keeps of a commitment (event CommitmentCreated). */
export function commitmentHistorySnapshot(e: CommitmentEntity): EventPayload<'CommitmentCreated'>['after'] {
  return {
    edition: e.edition,
    source: e.source,
    candidateListId: e.candidateListId,
    deliberationNumber: e.deliberationNumber,
    deliberationDate: e.deliberationDate,
    committedOn: e.committedOn,
  };
}
