import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { IsIsoDate } from '../../../common/validation/is-iso-date';
import { SIGNATURE_SCOPES, SignatureScope } from '../signatory.entity';
import { SignatureScopeEnum } from '../models/election.model';
import { ExpectedVersionField } from '../../../common/validation/expected-version';

/** The signing form. Phone and e-mail are accepted here and stored, but never returned by any public type. */
@InputType()
export class AddSignatoryInput {
  @Field(() => ID)
  @IsUUID()
  candidateListId!: string;

  @Field(() => SignatureScopeEnum)
  @IsIn(SIGNATURE_SCOPES)
  scope!: SignatureScope;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  positionOnList?: number;

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  parties: string[] = [];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  website?: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  commune!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{5}$/, { message: 'postcode must be 5 digits' })
  postcode?: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  lastName!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  firstName!: string;

  @Field(() => String, { nullable: true, description: 'Private: stored, never shown' })
  @IsOptional()
  @Matches(/^[+0-9 ().-]{6,20}$/, { message: 'phone must be a phone number' })
  phone?: string;

  @Field(() => String, { nullable: true, description: 'Private: stored, never shown' })
  @IsOptional()
  @IsEmail()
  email?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  signedPlace?: string;

  @Field({ description: 'Date of signature, YYYY-MM-DD' })
  @IsIsoDate()
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
