import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { signingFormSchema } from '@pacte/pact';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { ValidatedBy } from '../../../common/validation/rulebook';
import type { SignatureScope } from '../signatory.entity';
import { SignatureScopeEnum } from '../models/election.model';
import { ExpectedVersionField } from '../../../common/validation/expected-version';

/**
 * The signing form, checked by the rulebook's `signingFormSchema` (the desk's form checks the same one). Phone and
 * e-mail are accepted here and stored, but never returned by any public type.
 */
@InputType()
@ValidatedBy(signingFormSchema)
export class AddSignatoryInput {
  @Field(() => ID)
  candidateListId!: string;

  @Field(() => SignatureScopeEnum, { description: 'LIST ("ma liste s\'engage") or PERSONAL ("je m\'engage")' })
  scope!: SignatureScope;

  @Field(() => Int, { nullable: true })
  positionOnList?: number | null;

  @Field(() => [String], { defaultValue: [] })
  parties: string[] = [];

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field()
  commune!: string;

  @Field(() => String, { nullable: true, description: 'Five digits' })
  postcode?: string | null;

  @Field()
  lastName!: string;

  @Field()
  firstName!: string;

  @Field(() => String, { nullable: true, description: 'Private: stored, never shown' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Private: stored, never shown' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: '"Fait à"' })
  signedPlace?: string | null;

  @Field({ description: 'Date of signature ("Le"), YYYY-MM-DD' })
  signedOn!: string;
}

@InputType()
export class SetSignatoryElectedInput {
  @Field(() => ID)
  @IsUUID()
  signatoryId!: string;

  @Field(() => Boolean, { nullable: true, description: 'Null: not known yet' })
  @IsOptional()
  @IsBoolean()
  elected?: boolean | null;

  @ExpectedVersionField()
  expectedVersion?: number | null;
}
