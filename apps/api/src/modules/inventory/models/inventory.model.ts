import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  EventPayload,
  FleetAudience,
  InventoryFigures,
  InventoryItemInput,
  MIGRATION_STAGES,
  MigrationStage,
  ProgressStatus,
  SoftwareCategory,
  runsFree,
} from '@pacte/pact';
import { ProgressStatusEnum } from '../../catalogue/models/pact.model';
import { SoftwareCategoryEnum } from '../../software-catalogue/models/software-catalogue.model';
import { SoftwareInventoryItemEntity, SoftwareInventoryStageEntity } from '../inventory-item.entity';
import {
  AudienceInventoryFiguresModel,
  FleetAudienceEnum,
  InventoryShareModel,
  toAudienceFiguresModel,
} from './fleet.model';

export const MigrationStageEnum = Object.fromEntries(MIGRATION_STAGES.map((v) => [v, v])) as {
  [K in MigrationStage]: K;
};
registerEnumType(MigrationStageEnum, {
  name: 'MigrationStage',
  description: 'inventory → pilot → parallel run → default → legacy removed',
});

export const SOFTWARE_USE_RELATIONS = ['PRODUCT', 'TARGET'] as const;
export type SoftwareUseRelation = (typeof SOFTWARE_USE_RELATIONS)[number];
export const SoftwareUseRelationEnum = { PRODUCT: 'PRODUCT', TARGET: 'TARGET' } as const;
registerEnumType(SoftwareUseRelationEnum, {
  name: 'SoftwareUseRelation',
  description: 'PRODUCT: the collectivity runs it today; TARGET: it is the free alternative its migration targets',
});

@ObjectType('PlannedMigrationStage', {
  description: 'A migration stage planned for a day to come; it counts nowhere until recorded as reached',
})
export class PlannedMigrationStageModel {
  @Field(() => MigrationStageEnum)
  stage!: MigrationStage;

  @Field({ description: 'YYYY-MM-DD the stage is planned for' })
  plannedOn!: string;
}

@ObjectType('InventoryItem', { description: 'One software a collectivity uses, and where its migration stands' })
export class InventoryItemModel {
  @Field(() => ID)
  id!: string;

  @Field(() => SoftwareCategoryEnum)
  category!: SoftwareCategory;

  @Field()
  productName!: string;

  @Field({ description: 'Whether the software in use is free' })
  productIsFree!: boolean;

  @Field(() => Int, { nullable: true, description: 'Workstations or users; servers for SERVER_OS; null: unknown' })
  seats!: number | null;

  @Field(() => FleetAudienceEnum, { description: 'Whose machines it runs on; its seats count against that fleet' })
  audience!: FleetAudience;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD its contract or licence ends (action 1.3)' })
  contractEndsOn!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD it renews, or must be renewed or ended' })
  renewalOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'What it costs a year, in whole euros' })
  yearlyCost!: number | null;

  @Field(() => MigrationStageEnum)
  stage!: MigrationStage;

  @Field({ description: 'YYYY-MM-DD the current stage was reached' })
  stageReachedOn!: string;

  @Field(() => [PlannedMigrationStageModel], {
    description:
      'The stages planned after the current one, in order; excluded from the shares and the label readiness until reached',
  })
  plannedStages!: PlannedMigrationStageModel[];

  @Field({ description: 'A free alternative is targeted (every catalogue entry is free software)' })
  targetIsFree!: boolean;

  @Field({
    description:
      'Runs free software today: the product is free, or the migration to a free target reached DEFAULT or LEGACY_REMOVED',
  })
  runsFree!: boolean;

  @Field(() => [String], { description: 'Pact actions the migration advances' })
  actionCodes!: string[];

  @Field(() => String, { nullable: true })
  notes!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Int, { description: 'Optimistic locking: one more at each change; send it back as expectedVersion' })
  version!: number;

  @Field({
    description:
      'Pooled IT: an EPCI’s or a syndicat’s item that applies to every commune whose IT it runs (false: only those of appliesToMembers)',
  })
  appliesToAllMembers!: boolean;

  collectivityId!: string;
  productEntryId!: string | null;
  targetEntryId!: string | null;
  appliesToMemberIds!: string[] | null;
}

/** What the rulebook's inventory figures read of an item, from the entity or from an open-data row alike. */
export function inventoryInput(
  e: Pick<SoftwareInventoryItemEntity, 'category' | 'productIsFree' | 'seats' | 'stage' | 'targetEntryId' | 'audience'>,
): InventoryItemInput {
  return {
    category: e.category,
    isFree: e.productIsFree,
    seats: e.seats,
    stage: e.stage,
    targetIsFree: e.targetEntryId !== null,
    audience: e.audience,
  };
}

export function toInventoryItemModel(e: SoftwareInventoryItemEntity): InventoryItemModel {
  return {
    id: e.id,
    category: e.category,
    productName: e.productName,
    productIsFree: e.productIsFree,
    seats: e.seats,
    audience: e.audience,
    contractEndsOn: e.contractEndsOn,
    renewalOn: e.renewalOn,
    yearlyCost: e.yearlyCost,
    stage: e.stage,
    stageReachedOn: e.stageReachedOn,
    plannedStages: e.plannedStages.map((p) => ({ stage: p.stage, plannedOn: p.plannedOn })),
    targetIsFree: e.targetEntryId !== null,
    runsFree: runsFree(inventoryInput(e)),
    actionCodes: e.actionCodes,
    notes: e.notes,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    version: e.version,
    appliesToAllMembers: e.appliesToMemberIds === null,
    collectivityId: e.collectivityId,
    productEntryId: e.productEntryId,
    targetEntryId: e.targetEntryId,
    appliesToMemberIds: e.appliesToMemberIds,
  };
}

/** What the history keeps of an inventory item (events InventoryItemCreated / InventoryItemUpdated). */
export function inventoryItemHistorySnapshot(
  e: SoftwareInventoryItemEntity,
): EventPayload<'InventoryItemCreated'>['after'] {
  return {
    category: e.category,
    productName: e.productName,
    productIsFree: e.productIsFree,
    seats: e.seats,
    audience: e.audience,
    contractEndsOn: e.contractEndsOn,
    renewalOn: e.renewalOn,
    yearlyCost: e.yearlyCost,
    productEntryId: e.productEntryId,
    targetEntryId: e.targetEntryId,
    stage: e.stage,
    stageReachedOn: e.stageReachedOn,
    plannedStages: e.plannedStages.map((p) => ({ stage: p.stage, plannedOn: p.plannedOn })),
    actionCodes: e.actionCodes,
    notes: e.notes,
    appliesToMemberIds: e.appliesToMemberIds,
    version: e.version,
  };
}

@ObjectType('MigrationStageStep', { description: 'A migration stage reached, dated, with notes and evidence' })
export class MigrationStageStepModel {
  @Field(() => MigrationStageEnum)
  stage!: MigrationStage;

  @Field({ description: 'YYYY-MM-DD' })
  reachedOn!: string;

  @Field(() => String, { nullable: true })
  notes!: string | null;

  @Field(() => [ID])
  evidenceIds!: string[];

  @Field()
  recordedAt!: Date;
}

export function toMigrationStageStepModel(e: SoftwareInventoryStageEntity): MigrationStageStepModel {
  return {
    stage: e.stage,
    reachedOn: e.reachedOn,
    notes: e.notes,
    evidenceIds: e.evidenceIds,
    recordedAt: e.recordedAt,
  };
}

@ObjectType('ProposedProgressUpdate', {
  description:
    'A status change that a migration stage proposes for a pact action. Nothing changes until someone confirms it with updateActionProgress',
})
export class ProposedProgressUpdateModel {
  @Field(() => ID, { description: 'The commitment to pass to updateActionProgress' })
  commitmentId!: string;

  @Field()
  actionCode!: string;

  @Field(() => ProgressStatusEnum)
  from!: ProgressStatus;

  @Field(() => ProgressStatusEnum)
  to!: ProgressStatus;
}

@ObjectType('MigrationStageChange', { description: 'The item after advanceMigrationStage, and what it proposes' })
export class MigrationStageChangeModel {
  @Field(() => InventoryItemModel)
  item!: InventoryItemModel;

  @Field(() => [ProposedProgressUpdateModel], {
    description: 'Progress updates to confirm (updateActionProgress); none is applied by this mutation',
  })
  proposedProgressUpdates!: ProposedProgressUpdateModel[];
}

@ObjectType('InventoryFigures', { description: 'The figures of an inventory the pact and the label care about' })
export class InventoryFiguresModel {
  @Field(() => Float, {
    nullable: true,
    description: 'Share of workstation seats on a free OS, %; null: no seats known',
  })
  linuxWorkstationShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of office-suite seats on a free suite, %' })
  freeOfficeSeatShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of servers on a free OS, %' })
  linuxServerShare!: number | null;

  @Field(() => Int, { description: 'Business applications that run free software' })
  freeBusinessApplications!: number;

  @Field(() => [InventoryShareModel], {
    description:
      'The three shares, all audiences together, with what each is counted against (the declared fleet or the inventory only)',
  })
  shares!: InventoryShareModel[];

  @Field(() => [AudienceInventoryFiguresModel], {
    description: 'The shares per audience, for each audience with an inventoried seat or a declared fleet',
  })
  audiences!: AudienceInventoryFiguresModel[];
}

export function toInventoryFiguresModel(f: InventoryFigures): InventoryFiguresModel {
  return { ...f, shares: f.shares.map((s) => ({ ...s })), audiences: f.audiences.map(toAudienceFiguresModel) };
}

@ObjectType('SoftwareUser', { description: 'A collectivity whose inventory runs or targets a catalogue entry' })
export class SoftwareUserModel {
  @Field(() => SoftwareUseRelationEnum)
  relation!: SoftwareUseRelation;

  @Field(() => MigrationStageEnum)
  stage!: MigrationStage;

  @Field({ description: 'YYYY-MM-DD the stage was reached' })
  stageReachedOn!: string;

  @Field({ description: 'Runs it today: it is the product, or the migration to it reached DEFAULT or later' })
  runsIt!: boolean;

  @Field(() => InventoryItemModel)
  item!: InventoryItemModel;

  collectivityId!: string;
}

@ObjectType('ContractSummary', {
  description:
    'Action 1.3: the contracts that come to a decision within 12 months, and the proprietary licences’ yearly cost',
})
export class ContractSummaryModel {
  @Field(() => [InventoryItemModel], {
    description: 'Items whose contract renews (else ends) within 12 months of today (Europe/Paris), soonest first',
  })
  dueWithin12Months!: InventoryItemModel[];

  @Field(() => Int, { description: 'Yearly cost of the proprietary licences still in use (legacy not removed), euros' })
  proprietaryYearlyCost!: number;

  @Field(() => Int, {
    description: 'Proprietary licences still in use whose cost is unknown (the total is a lower bound)',
  })
  proprietaryWithoutCost!: number;
}

/** What the contract summary of libs/pact reads of an item. */
export const contractInput = (e: SoftwareInventoryItemEntity) => ({
  isFree: e.productIsFree,
  stage: e.stage,
  contractEndsOn: e.contractEndsOn,
  renewalOn: e.renewalOn,
  yearlyCost: e.yearlyCost,
});
