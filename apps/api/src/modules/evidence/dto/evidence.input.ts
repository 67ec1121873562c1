import { Field, ID, InputType } from '@nestjs/graphql';
import {
  evidenceAddSchema,
  evidenceLinkSchema,
  evidenceUnlinkSchema,
  evidenceUpdateSchema,
  evidenceWithdrawSchema,
  EvidenceKind,
} from '@pacte/pact';
import { ValidatedBy } from '../../../common/validation/rulebook';
import { ExpectedVersionField } from '../../../common/validation/expected-version';
import { EvidenceKindEnum } from '../../catalogue/models/pact.model';

@InputType()
@ValidatedBy(evidenceAddSchema)
export class AddEvidenceInput {
  @Field(() => ID)
  commitmentId!: string;

  @Field(() => EvidenceKindEnum)
  kind!: EvidenceKind;

  @Field({ description: 'YYYY-MM-DD' })
  date!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => String, {
    nullable: true,
    description: 'http(s) address; required for running services and repositories',
  })
  url?: string;

  @Field(() => [String], {
    description:
      'Codes of the actions of this commitment that the evidence supports; may be empty when criterionIds is not',
  })
  actionCodes!: string[];

  @Field(() => [String], {
    nullable: true,
    description:
      'Territoire Numérique Libre criteria the evidence answers directly (ids of TNL_CRITERIA, e.g. "DM-OPEN-DATA"), for the criteria no pact action covers',
  })
  criterionIds?: string[] | null;
}

@InputType()
@ValidatedBy(evidenceLinkSchema)
export class LinkEvidenceInput {
  @Field(() => ID)
  evidenceId!: string;

  @Field(() => ID, { description: 'The commitment the actions belong to: must be the evidence’s own' })
  commitmentId!: string;

  @Field(() => [String])
  actionCodes!: string[];

  @ExpectedVersionField()
  expectedVersion?: number | null;
}

@InputType()
@ValidatedBy(evidenceUpdateSchema)
export class UpdateEvidenceInput {
  @Field(() => ID)
  evidenceId!: string;

  @Field(() => EvidenceKindEnum, { nullable: true, description: 'Omitted or null: kept' })
  kind?: EvidenceKind | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; omitted or null: kept' })
  date?: string | null;

  @Field(() => String, { nullable: true, description: 'Omitted or null: kept' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Omitted: kept; null or empty: cleared' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'http(s) address. Omitted: kept; null: cleared' })
  url?: string | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'The whole new list of the actions (of its commitment) it supports; omitted or null: kept. It must keep an action or a label criterion',
  })
  actionCodes?: string[] | null;

  @ExpectedVersionField()
  expectedVersion?: number | null;
}

@InputType()
@ValidatedBy(evidenceUnlinkSchema)
export class UnlinkEvidenceInput {
  @Field(() => ID)
  evidenceId!: string;

  @Field(() => [String], { description: 'The actions it no longer supports' })
  actionCodes!: string[];

  @ExpectedVersionField()
  expectedVersion?: number | null;
}

@InputType()
@ValidatedBy(evidenceWithdrawSchema)
export class WithdrawEvidenceInput {
  @Field(() => ID)
  evidenceId!: string;

  @Field({ description: 'Why it is withdrawn (3 to 1,000 characters): the public history keeps it' })
  reason!: string;

  @ExpectedVersionField()
  expectedVersion?: number | null;
}
