import { listOf } from '../../common/graphql/list-complexity';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  CURRENT_EDITION,
  RUNS_FREE_FROM_STAGE,
  contractSummary,
  inventoryFigures,
  stageIndex,
  todayInFrance,
} from '@pacte/pact';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, Public, RequirePermission } from '../../common/auth/decorators';
import type { GqlContext } from '../../common/graphql/context';
import { CollectivitiesLoaders } from '../collectivities/collectivities.loaders';
import { CollectivityModel, toCollectivityModel } from '../collectivities/models/collectivity.model';
import { CommitmentsLoaders } from '../commitments/commitments.loaders';
import { ProgressLoaders } from '../progress/progress.loaders';
import {
  SoftwareCatalogueEntryModel,
  toSoftwareCatalogueEntryModel,
} from '../software-catalogue/models/software-catalogue.model';
import { SoftwareCatalogueLoaders } from '../software-catalogue/software-catalogue.loaders';
import { SoftwareCatalogueService } from '../software-catalogue/software-catalogue.service';
import { DeclareFleetInput } from './dto/fleet.input';
import { AddInventoryItemInput, AdvanceMigrationStageInput, UpdateInventoryItemInput } from './dto/inventory.input';
import { InventoryLoaders } from './inventory.loaders';
import { EntryUse } from './inventory.repository';
import { InventoryService, proposalsOf } from './inventory.service';
import { PooledItLoaders } from './pooled-it.loaders';
import { FleetDeclarationModel, toFleetDeclarationModel } from './models/fleet.model';
import {
  ContractSummaryModel,
  contractInput,
  InventoryFiguresModel,
  InventoryItemModel,
  MigrationStageChangeModel,
  MigrationStageStepModel,
  ProposedProgressUpdateModel,
  SoftwareUserModel,
  toInventoryFiguresModel,
  toInventoryItemModel,
  toMigrationStageStepModel,
} from './models/inventory.model';

@Resolver(() => InventoryItemModel)
export class InventoryResolver {
  constructor(
    private readonly service: InventoryService,
    private readonly loaders: InventoryLoaders,
    private readonly catalogue: SoftwareCatalogueLoaders,
    private readonly collectivities: CollectivitiesLoaders,
    private readonly commitments: CommitmentsLoaders,
    private readonly progress: ProgressLoaders,
  ) {}

  @RequirePermission('inventory.manage')
  @Mutation(() => InventoryItemModel, { description: 'Add a software in use to a collectivity’s inventory' })
  async addInventoryItem(@CurrentActor() actor: Actor, @Args('input') input: AddInventoryItemInput) {
    return toInventoryItemModel(await this.service.add(actor, input));
  }

  @RequirePermission('inventory.manage')
  @Mutation(() => InventoryItemModel, { description: 'Change an inventory item (not its stage)' })
  async updateInventoryItem(@CurrentActor() actor: Actor, @Args('input') input: UpdateInventoryItemInput) {
    return toInventoryItemModel(await this.service.update(actor, input));
  }

  @RequirePermission('inventory.manage')
  @Mutation(() => MigrationStageChangeModel, {
    description:
      'Record that a migration reached a later stage (dated, with notes and evidence). Returns the progress updates it proposes; none is applied',
  })
  async advanceMigrationStage(
    @CurrentActor() actor: Actor,
    @Args('input') input: AdvanceMigrationStageInput,
  ): Promise<MigrationStageChangeModel> {
    const change = await this.service.advance(actor, input);
    return { item: toInventoryItemModel(change.item), proposedProgressUpdates: change.proposedProgressUpdates };
  }

  @RequirePermission('inventory.manage')
  @Mutation(() => FleetDeclarationModel, {
    description:
      'Declare a collectivity’s whole fleet (workstations, servers, office seats) for one audience, as of a day: the base of the inventory’s shares. Replaces the audience’s previous declaration',
  })
  async declareFleet(@CurrentActor() actor: Actor, @Args('input') input: DeclareFleetInput) {
    return toFleetDeclarationModel(await this.service.declareFleet(actor, input));
  }

  @ResolveField(() => CollectivityModel)
  async collectivity(@Parent() parent: InventoryItemModel, @Context() ctx: GqlContext): Promise<CollectivityModel> {
    return toCollectivityModel((await this.collectivities.byId(ctx).load(parent.collectivityId))!);
  }

  @ResolveField(() => SoftwareCatalogueEntryModel, { nullable: true, description: 'The catalogue entry in use' })
  async productEntry(@Parent() parent: InventoryItemModel, @Context() ctx: GqlContext) {
    if (!parent.productEntryId) return null;
    const found = await this.catalogue.byId(ctx).load(parent.productEntryId);
    return found ? toSoftwareCatalogueEntryModel(found) : null;
  }

  @ResolveField(() => SoftwareCatalogueEntryModel, { nullable: true, description: 'The free alternative targeted' })
  async targetEntry(@Parent() parent: InventoryItemModel, @Context() ctx: GqlContext) {
    if (!parent.targetEntryId) return null;
    const found = await this.catalogue.byId(ctx).load(parent.targetEntryId);
    return found ? toSoftwareCatalogueEntryModel(found) : null;
  }

  @ResolveField(() => [MigrationStageStepModel], { description: 'Every stage reached, oldest first' })
  async stageHistory(@Parent() parent: InventoryItemModel, @Context() ctx: GqlContext) {
    return (await this.loaders.stagesByItem(ctx).load(parent.id)).map(toMigrationStageStepModel);
  }

  @ResolveField(() => [ProposedProgressUpdateModel], {
    description:
      'Progress updates the current stage proposes for the collectivity’s commitment, until they are applied (updateActionProgress) or overtaken',
  })
  async proposedProgressUpdates(
    @Parent() parent: InventoryItemModel,
    @Context() ctx: GqlContext,
  ): Promise<ProposedProgressUpdateModel[]> {
    const [item, commitments] = await Promise.all([
      this.loaders.byId(ctx).load(parent.id),
      this.commitments.byCollectivity(ctx).load(parent.collectivityId),
    ]);
    const commitment = commitments.find((c) => c.edition === CURRENT_EDITION);
    if (!item || !commitment) return [];
    return proposalsOf(item, commitment.id, await this.progress.byCommitment(ctx).load(commitment.id));
  }
}

/** Inventory fields on Collectivity. */
@Resolver(() => CollectivityModel)
export class CollectivityInventoryResolver {
  constructor(
    private readonly loaders: InventoryLoaders,
    private readonly pooled: PooledItLoaders,
  ) {}

  @ResolveField(() => [InventoryItemModel], {
    description: 'The software in use, by category then product',
    complexity: listOf(50),
  })
  async inventory(@Parent() parent: CollectivityModel, @Context() ctx: GqlContext): Promise<InventoryItemModel[]> {
    return (await this.loaders.byCollectivity(ctx).load(parent.id)).map(toInventoryItemModel);
  }

  @ResolveField(() => ContractSummaryModel, {
    description: 'Action 1.3: contracts due within 12 months, and the yearly cost of the proprietary licences in use',
  })
  async contractSummary(
    @Parent() parent: CollectivityModel,
    @Context() ctx: GqlContext,
  ): Promise<ContractSummaryModel> {
    const items = await this.loaders.byCollectivity(ctx).load(parent.id);
    const summary = contractSummary(items.map(contractInput), todayInFrance(new Date()));
    return {
      dueWithin12Months: summary.dueWithin12Months.map((i) => toInventoryItemModel(items[i])),
      proprietaryYearlyCost: summary.proprietaryYearlyCost,
      proprietaryWithoutCost: summary.proprietaryWithoutCost,
    };
  }

  @ResolveField(() => [FleetDeclarationModel], {
    description:
      'The whole fleet it declared, one declaration per audience at most (none: shares are over the inventory only)',
  })
  async fleet(@Parent() parent: CollectivityModel, @Context() ctx: GqlContext): Promise<FleetDeclarationModel[]> {
    return (await this.loaders.fleetByCollectivity(ctx).load(parent.id)).map(toFleetDeclarationModel);
  }

  @ResolveField(() => InventoryFiguresModel, {
    description:
      'Shares of workstations, office seats and servers on free software, counted against the declared fleet (else the inventory only), and free business applications. With pooled IT, the body’s items that apply to the commune count too, against the body’s fleet',
  })
  async inventoryFigures(@Parent() parent: CollectivityModel, @Context() ctx: GqlContext) {
    const { items, fleet } = await this.pooled.memberInventory(ctx, parent.id);
    return toInventoryFiguresModel(inventoryFigures(items, fleet));
  }
}

/** "Who else uses it": the collectivities whose inventory runs or targets a catalogue entry. */
@Resolver(() => SoftwareUserModel)
export class SoftwareUsersResolver {
  constructor(
    private readonly loaders: InventoryLoaders,
    private readonly catalogue: SoftwareCatalogueService,
    private readonly collectivities: CollectivitiesLoaders,
  ) {}

  @Public()
  @Query(() => [SoftwareUserModel], {
    description:
      'The collectivities whose inventory runs a catalogue entry or migrates to it (or to an entry for the same software), with their stage',
  })
  async softwareUsers(
    @Args('catalogueEntryId', { type: () => ID }) catalogueEntryId: string,
    @Context() ctx: GqlContext,
  ): Promise<SoftwareUserModel[]> {
    const entry = await this.catalogue.get(catalogueEntryId);
    return usersOf(this.loaders, ctx, entry.id);
  }

  @ResolveField(() => CollectivityModel)
  async collectivity(@Parent() parent: SoftwareUserModel, @Context() ctx: GqlContext): Promise<CollectivityModel> {
    return toCollectivityModel((await this.collectivities.byId(ctx).load(parent.collectivityId))!);
  }
}

@Resolver(() => SoftwareCatalogueEntryModel)
export class CatalogueEntryUsersResolver {
  constructor(private readonly loaders: InventoryLoaders) {}

  @ResolveField(() => [SoftwareUserModel], {
    description: 'Who else uses it: the collectivities whose inventory runs it or migrates to it, with their stage',
  })
  users(@Parent() parent: SoftwareCatalogueEntryModel, @Context() ctx: GqlContext): Promise<SoftwareUserModel[]> {
    return usersOf(this.loaders, ctx, parent.id);
  }
}

/** Those who run it first, then by stage (furthest first) and the day they reached it. */
async function usersOf(loaders: InventoryLoaders, ctx: GqlContext, entryId: string): Promise<SoftwareUserModel[]> {
  const uses: EntryUse[] = await loaders.usesOfEntry(ctx).load(entryId);
  const items = await loaders.byId(ctx).loadMany(uses.map((u) => u.itemId));
  const users = uses.flatMap((use, index) => {
    const item = items[index];
    if (!item || item instanceof Error) return [];
    const runsIt = use.relation === 'PRODUCT' || stageIndex(item.stage) >= stageIndex(RUNS_FREE_FROM_STAGE);
    return [
      {
        relation: use.relation,
        stage: item.stage,
        stageReachedOn: item.stageReachedOn,
        runsIt,
        item: toInventoryItemModel(item),
        collectivityId: item.collectivityId,
      },
    ];
  });
  return users.sort(
    (a, b) =>
      Number(b.runsIt) - Number(a.runsIt) ||
      stageIndex(b.stage) - stageIndex(a.stage) ||
      a.stageReachedOn.localeCompare(b.stageReachedOn),
  );
}
