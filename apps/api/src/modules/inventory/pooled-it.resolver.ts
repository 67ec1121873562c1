import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { appliesToMember } from '@pacte/pact';
import type { Actor } from '../../common/auth/actor';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';
import { CurrentActor, RequirePermission } from '../../common/auth/decorators';
import type { GqlContext } from '../../common/graphql/context';
import { listOf } from '../../common/graphql/list-complexity';
import { CollectivitiesLoaders } from '../collectivities/collectivities.loaders';
import { CollectivityModel, toCollectivityModel } from '../collectivities/models/collectivity.model';
import { toEvidenceModel } from '../evidence/models/evidence.model';
import { SetPooledItInput } from './dto/pooled-it.input';
import { InventoryItemModel, toInventoryItemModel } from './models/inventory.model';
import { PooledEvidenceModel, PooledInventoryItemModel } from './models/pooled-it.model';
import { PooledItLoaders } from './pooled-it.loaders';
import { PooledItService } from './pooled-it.service';

/** Pooled IT on Collectivity: the body that runs a commune's IT, and what it brings to it. */
@Resolver(() => CollectivityModel)
export class CollectivityPooledItResolver {
  constructor(
    private readonly service: PooledItService,
    private readonly loaders: PooledItLoaders,
    private readonly collectivities: CollectivitiesLoaders,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @RequirePermission('inventory.manage')
  @Mutation(() => CollectivityModel, {
    description:
      'Pooled IT: a commune names the body that runs its IT, its own EPCI or a syndicat (null: none). Its editors only',
  })
  async setPooledIt(@CurrentActor() actor: Actor, @Args('input') input: SetPooledItInput): Promise<CollectivityModel> {
    return toCollectivityModel(await this.service.set(actor, input));
  }

  @ResolveField(() => CollectivityModel, {
    nullable: true,
    description: 'Pooled IT: the EPCI or syndicat that runs this commune’s IT; null when it runs its own',
  })
  async pooledItBody(@Parent() parent: CollectivityModel, @Context() ctx: GqlContext) {
    const link = await this.loaders.linkByCollectivity(ctx).load(parent.id);
    const body = link ? await this.collectivities.byId(ctx).load(link.bodyId) : null;
    return body ? toCollectivityModel(body) : null;
  }

  @ResolveField(() => [CollectivityModel], {
    description: 'Pooled IT: the communes whose IT this EPCI or syndicat runs',
    complexity: listOf(50),
  })
  async pooledItMembers(@Parent() parent: CollectivityModel, @Context() ctx: GqlContext) {
    const links = await this.loaders.linksByBody(ctx).load(parent.id);
    const members = await this.collectivities.byId(ctx).loadMany(links.map((l) => l.collectivityId));
    return members.flatMap((m) => (m && !(m instanceof Error) ? [toCollectivityModel(m)] : []));
  }

  @ResolveField(() => [PooledInventoryItemModel], {
    description:
      'Pooled IT: the items of the body that runs this commune’s IT that apply to it; they count in its figures',
    complexity: listOf(50),
  })
  async pooledInventory(
    @Parent() parent: CollectivityModel,
    @Context() ctx: GqlContext,
  ): Promise<PooledInventoryItemModel[]> {
    const pooled = await this.loaders.pooledFacts(ctx, parent.id);
    if (!pooled) return [];
    const from = toCollectivityModel(pooled.body);
    return pooled.items
      .filter((item) => appliesToMember(item, parent.id))
      .map((item) => ({ from, item: toInventoryItemModel(item) }));
  }

  @ResolveField(() => [PooledEvidenceModel], {
    description:
      'Pooled IT: the evidence of the body that runs this commune’s IT (its current commitment); it counts for the commune’s readiness',
    complexity: listOf(20),
  })
  async pooledEvidence(
    @Parent() parent: CollectivityModel,
    @Context() ctx: GqlContext,
  ): Promise<PooledEvidenceModel[]> {
    const pooled = await this.loaders.pooledFacts(ctx, parent.id);
    if (!pooled) return [];
    const from = toCollectivityModel(pooled.body);
    return pooled.evidence.map((e) => ({ from, evidence: toEvidenceModel(e, this.config.publicUrl) }));
  }
}

/** Pooled IT on InventoryItem: the communes an EPCI's or a syndicat's item applies to. */
@Resolver(() => InventoryItemModel)
export class PooledItemResolver {
  constructor(private readonly collectivities: CollectivitiesLoaders) {}

  @ResolveField(() => [CollectivityModel], {
    description: 'Pooled IT: the communes it applies to, when it names them (empty when appliesToAllMembers)',
    complexity: listOf(50),
  })
  async appliesToMembers(@Parent() parent: InventoryItemModel, @Context() ctx: GqlContext) {
    const members = await this.collectivities.byId(ctx).loadMany(parent.appliesToMemberIds ?? []);
    return members.flatMap((m) => (m && !(m instanceof Error) ? [toCollectivityModel(m)] : []));
  }
}
