import { Field, ID, InputType } from '@nestjs/graphql';
import { EVIDENCE_KINDS, EvidenceKind } from '@pacte/pact';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
  MinLength,
  Validate,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { ExpectedVersionField } from '../../../common/validation/expected-version';
import { IsIsoDate } from '../../../common/validation/is-iso-date';
import { EvidenceKindEnum } from '../../catalogue/models/pact.model';

/** Evidence supports at least one action, or answers at least one label criterion. */
@ValidatorConstraint({ name: 'actionsOrCriteria' })
class ActionsOrCriteria implements ValidatorConstraintInterface {
  validate(actionCodes: unknown, args: ValidationArguments): boolean {
    const criterionIds = (args.object as { criterionIds?: unknown }).criterionIds;
    return (
      (Array.isArray(actionCodes) && actionCodes.length > 0) || (Array.isArray(criterionIds) && criterionIds.length > 0)
    );
  }

  defaultMessage(): string {
    return 'evidence must support at least one action, or answer at least one label criterion (criterionIds)';
  }
}

@InputType()
export class AddEvidenceInput {
  @Field(() => ID)
  @IsUUID()
  commitmentId!: string;

  @Field(() => EvidenceKindEnum)
  @IsIn(EVIDENCE_KINDS)
  kind!: EvidenceKind;

  @Field({ description: 'YYYY-MM-DD' })
  @IsIsoDate()
  date!: string;

  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @Field(() => String, {
    nullable: true,
    description: 'http(s) address; required for running services and repositories',
  })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) address' })
  @MaxLength(2000)
  url?: string;

  @Field(() => [String], {
    description:
      'Codes of the actions of this commitment that the evidence supports; may be empty when criterionIds is not',
  })
  @IsArray()
  @Validate(ActionsOrCriteria)
  @ArrayMaxSize(40)
  @IsString({ each: true })
  actionCodes!: string[];

  @Field(() => [String], {
    nullable: true,
    description:
      'Territoire Numérique Libre criteria the evidence answers directly (ids of TNL_CRITERIA, e.g. "DM-OPEN-DATA"), for the criteria no pact action covers',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(25)
  @IsString({ each: true })
  criterionIds?: string[] | null;
}

@InputType()
export class LinkEvidenceInput {
  @Field(() => ID)
  @IsUUID()
  evidenceId!: string;

  @Field(() => ID, { description: 'The commitment the actions belong to: must be the evidence’s own' })
  @IsUUID()
  commitmentId!: string;

  @Field(() => [String])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(40)
  @IsString({ each: true })
  actionCodes!: string[];

  @ExpectedVersionField()
  expectedVersion?: number | null;
}
