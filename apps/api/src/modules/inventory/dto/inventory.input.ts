import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  inventoryItemAddSchema,
  inventoryItemUpdateSchema,
  stageAdvanceSchema,
  FleetAudience,
  MigrationStage,
  SoftwareCategory,
} from '@pacte/pact';
import { ValidatedBy } from '../../../common/validation/rulebook';
import { ExpectedVersionField } from '../../../common/validation/expected-version';
import { SoftwareCategoryEnum } from '../../software-catalogue/models/software-catalogue.model';
import { FleetAudienceEnum } from '../models/fleet.model';
import { MigrationStageEnum } from '../models/inventory.model';

@InputType({ description: 'A migration stage planned for a day to come (today or later)' })
export class PlannedMigrationStageInput {
  @Field(() => MigrationStageEnum, { description: 'A stage after the item’s current one' })
  stage!: MigrationStage;

  @Field({ description: 'YYYY-MM-DD, not before today (Europe/Paris); a later stage on the same day or later' })
  plannedOn!: string;
}

@InputType()
@ValidatedBy(inventoryItemAddSchema)
export class AddInventoryItemInput {
  @Field(() => ID)
  collectivityId!: string;

  @Field(() => SoftwareCategoryEnum)
  category!: SoftwareCategory;

  @Field({ description: 'The software in use, e.g. "Microsoft Office 2019"' })
  productName!: string;

  @Field({ description: 'Whether the software in use is free' })
  productIsFree!: boolean;

  @Field(() => Int, { nullable: true, description: 'Workstations or users; servers for SERVER_OS; null: unknown' })
  seats?: number | null;

  @Field(() => FleetAudienceEnum, { nullable: true, description: 'Whose machines; default STAFF' })
  audience?: FleetAudience | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD its contract or licence ends (action 1.3)' })
  contractEndsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD it renews, or must be renewed or ended' })
  renewalOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'What it costs a year, in whole euros' })
  yearlyCost?: number | null;

  @Field(() => ID, { nullable: true, description: 'The catalogue entry of the software in use' })
  productEntryId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The catalogue entry of the free alternative targeted' })
  targetEntryId?: string | null;

  @Field(() => MigrationStageEnum, { defaultValue: 'INVENTORY', description: 'Where the migration stands today' })
  stage: MigrationStage = 'INVENTORY';

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD the stage was reached; default today' })
  stageReachedOn?: string | null;

  @Field(() => [PlannedMigrationStageInput], {
    nullable: true,
    description: 'The stages planned after `stage`, each for a day to come; none by default',
  })
  plannedStages?: PlannedMigrationStageInput[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Pact actions the migration advances; default: those of the category (1.5 for an office suite…)',
  })
  actionCodes?: string[] | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'An EPCI’s or a syndicat’s item (pooled IT): the member communes it applies to; null or absent: all the communes whose IT it runs',
  })
  appliesToMemberIds?: string[] | null;
}

@InputType({
  description: 'Omitted fields are kept; null clears an optional one. The stage changes through advanceMigrationStage',
})
@ValidatedBy(inventoryItemUpdateSchema)
export class UpdateInventoryItemInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => SoftwareCategoryEnum, { nullable: true })
  category?: SoftwareCategory;

  @Field(() => String, { nullable: true })
  productName?: string;

  @Field(() => Boolean, { nullable: true })
  productIsFree?: boolean;

  @Field(() => Int, { nullable: true })
  seats?: number | null;

  @Field(() => FleetAudienceEnum, { nullable: true })
  audience?: FleetAudience | null;

  @Field(() => String, { nullable: true })
  contractEndsOn?: string | null;

  @Field(() => String, { nullable: true })
  renewalOn?: string | null;

  @Field(() => Int, { nullable: true })
  yearlyCost?: number | null;

  @Field(() => ID, { nullable: true })
  productEntryId?: string | null;

  @Field(() => ID, { nullable: true })
  targetEntryId?: string | null;

  @Field(() => [String], { nullable: true, description: 'null: back to the category’s default actions' })
  actionCodes?: string[] | null;

  @Field(() => [PlannedMigrationStageInput], {
    nullable: true,
    description: 'Replaces the plan: stages after the current one, each for a day to come; null or [] clears it',
  })
  plannedStages?: PlannedMigrationStageInput[] | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'An EPCI’s or a syndicat’s item (pooled IT): the member communes it applies to; null or absent: all the communes whose IT it runs',
  })
  appliesToMemberIds?: string[] | null;

  @ExpectedVersionField()
  expectedVersion?: number | null;
}

@InputType()
@ValidatedBy(stageAdvanceSchema)
export class AdvanceMigrationStageInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => MigrationStageEnum, { description: 'A later stage than the current one (stages may be skipped)' })
  stage!: MigrationStage;

  @Field({ description: 'YYYY-MM-DD the stage was reached; not before the current stage’s date' })
  date!: string;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Evidence of this collectivity’s commitment' })
  evidenceIds?: string[] | null;

  @ExpectedVersionField()
  expectedVersion?: number | null;
}
