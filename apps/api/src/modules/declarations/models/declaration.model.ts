import { Field, ID, ObjectType } from '@nestjs/graphql';
import { declaredCommitmentPayload, type CommitmentSource, type ReviewStatus } from '@pacte/pact';
import { CommitmentSourceEnum } from '../../commitments/models/commitment.model';
import type { ReviewItemRecord } from '../../review/review.service';
import { ReviewStatusEnum } from '../../review/models/review-item.model';

/** A declaration as its declarant follows it: what they said, and the moderator's decision. */
@ObjectType('CommitmentDeclaration', {
  description: 'A declaration that a collectivity committed, as its declarant sees it (Me.declarations)',
})
export class DeclarationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ReviewStatusEnum, { description: 'PENDING until a moderator accepts or refuses it' })
  status!: ReviewStatus;

  @Field(() => CommitmentSourceEnum)
  source!: CommitmentSource;

  @Field(() => String, { nullable: true })
  deliberationNumber!: string | null;

  @Field(() => String, { nullable: true })
  deliberationDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was refused (or a note on the acceptance)' })
  reason!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  collectivityId!: string;
}

export function toDeclarationModel(item: ReviewItemRecord): DeclarationModel {
  const payload = declaredCommitmentPayload.parse(item.payload);
  return {
    id: item.id,
    status: item.status,
    source: payload.source,
    deliberationNumber: payload.source === 'COUNCIL_DELIBERATION' ? payload.deliberationNumber : null,
    deliberationDate: payload.source === 'COUNCIL_DELIBERATION' ? payload.deliberationDate : null,
    reason: item.reason,
    createdAt: item.createdAt,
    decidedAt: item.decidedAt,
    collectivityId: item.collectivityId,
  };
}
