import { Field, InputType } from '@nestjs/graphql';
import { accountDeletionSchema } from '@pacte/pact';
import { ValidatedBy } from '../../../common/validation/rulebook';

@InputType()
@ValidatedBy(accountDeletionSchema)
export class DeleteMyAccountInput {
  @Field({ description: 'The e-mail address of the account, typed again to confirm' })
  confirmation!: string;

  @Field(() => String, { nullable: true, description: 'Required when the account has a password' })
  password?: string | null;
}
