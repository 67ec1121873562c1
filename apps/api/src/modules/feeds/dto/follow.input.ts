import { Field, ID, InputType } from '@nestjs/graphql';
import { followSchema } from '@pacte/pact';
import { ValidatedBy } from '../../../common/validation/rulebook';

@InputType()
@ValidatedBy(followSchema)
export class FollowCollectivityInput {
  @Field(() => ID)
  collectivityId!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Weekly e-mail digest on or off; omitted: off for a new follow, unchanged for an existing one',
  })
  digest?: boolean | null;
}
