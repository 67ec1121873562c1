import { Field, ID, InputType } from '@nestjs/graphql';
import { pooledItLinkSchema } from '@pacte/pact';
import { ValidatedBy } from '../../../common/validation/rulebook';

@InputType({
  description:
    'A commune points to the body that runs its IT: its own EPCI or a syndicat (an OPSN). Null bodyId removes the link',
})
@ValidatedBy(pooledItLinkSchema)
export class SetPooledItInput {
  @Field(() => ID, { description: 'The commune' })
  collectivityId!: string;

  @Field(() => ID, { nullable: true, description: 'Its EPCI or a syndicat; null: its IT is no longer pooled' })
  bodyId?: string | null;
}
