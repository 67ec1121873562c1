import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { reviewDecisionSchema, type ReviewKind, type ReviewStatus } from '@pacte/pact';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../../common/graphql/pagination';
import { ValidatedBy } from '../../../common/validation/rulebook';
import { ReviewKindEnum, ReviewStatusEnum } from '../models/review-item.model';

@InputType()
@ValidatedBy(reviewDecisionSchema)
export class DecideReviewItemInput {
  @Field(() => ID)
  itemId!: string;

  @Field({ description: 'true: accept (its consequence is applied), false: refuse' })
  accept!: boolean;

  @Field(() => String, { nullable: true, description: 'Required to refuse; the declarant sees it' })
  reason?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The option accepted, for kinds that offer several (UNCERTAIN_LIST_MATCH: the candidate list)',
  })
  choice?: string | null;
}

@ArgsType()
export class ReviewItemsArgs extends PageArgs {
  @Field(() => ReviewStatusEnum, { nullable: true, defaultValue: 'PENDING', description: 'null: every status' })
  @IsOptional()
  @IsIn(Object.values(ReviewStatusEnum))
  status?: ReviewStatus | null;

  @Field(() => ReviewKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(ReviewKindEnum))
  kind?: ReviewKind | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  collectivityId?: string | null;
}
