import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { REVIEW_KINDS, REVIEW_STATUSES, type ReviewKind, type ReviewStatus } from '@pacte/pact';
import { PageOf } from '../../../common/graphql/pagination';
import type { ReviewItemEntity } from '../review-item.entity';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const ReviewKindEnum = enumOf(REVIEW_KINDS);
registerEnumType(ReviewKindEnum, { name: 'ReviewKind' });
export const ReviewStatusEnum = enumOf(REVIEW_STATUSES);
registerEnumType(ReviewStatusEnum, { name: 'ReviewStatus' });

@ObjectType('ReviewItem', { description: 'Something a campaign moderator or an administrator decides' })
export class ReviewItemModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ReviewKindEnum)
  kind!: ReviewKind;

  @Field(() => ReviewStatusEnum)
  status!: ReviewStatus;

  @Field({
    description:
      'The payload as JSON, of the shape its kind declares in the rulebook (libs/pact/src/rules/review.ts: REVIEW_PAYLOADS)',
  })
  payloadJson!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The option accepted (e.g. the matching candidate list)' })
  choice!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was refused (or a note on the acceptance)' })
  reason!: string | null;

  collectivityId!: string;
  /** Who queued it (an account id, or a tool's name for the command line): read through the accounts' loaders. */
  createdBy!: string;
}

export const ReviewItemPage = PageOf(ReviewItemModel, 'ReviewItemPage');

export function toReviewItemModel(item: ReviewItemEntity): ReviewItemModel {
  return {
    id: item.id,
    kind: item.kind,
    status: item.status,
    payloadJson: JSON.stringify(item.payload),
    createdAt: item.createdAt,
    decidedAt: item.decidedAt,
    choice: item.choice,
    reason: item.reason,
    collectivityId: item.collectivityId,
    createdBy: item.createdBy,
  };
}
