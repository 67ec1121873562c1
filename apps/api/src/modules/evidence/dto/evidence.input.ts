import { Field, ID, InputType } from '@nestjs/graphql';
import { evidenceAddSchema, evidenceLinkSchema, EvidenceKind } from '@pacte/pact';
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
