import { Args, Context, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, Public, RequirePermission } from '../../common/auth/decorators';
import { pageComplexity, toPage } from '../../common/graphql/pagination';
import type { GqlContext } from '../../common/graphql/context';
import { CollectivitiesLoaders } from './collectivities.loaders';
import { CollectivitiesService } from './collectivities.service';
import { CollectivityKind } from './collectivity.entity';
import { CreateCollectivityInput } from './dto/create-collectivity.input';
import { SearchCollectivitiesArgs } from './dto/search-collectivities.args';
import {
  CollectivityKindEnum,
  CollectivityModel,
  CollectivityPageModel,
  toCollectivityModel,
} from './models/collectivity.model';

@Resolver(() => CollectivityModel)
export class CollectivitiesResolver {
  constructor(
    private readonly service: CollectivitiesService,
    private readonly loaders: CollectivitiesLoaders,
  ) {}

  @Public()
  @Query(() => CollectivityPageModel, {
    description: 'Search by name (accents optional), INSEE code, SIREN or postcode',
    complexity: pageComplexity,
  })
  async searchCollectivities(@Args() args: SearchCollectivitiesArgs): Promise<CollectivityPageModel> {
    const { rows, matches, total } = await this.service.search(args);
    return toPage(rows, total, args, (row) => ({
      ...toCollectivityModel(row),
      matchedBy: matches.get(row.id) ?? null,
    }));
  }

  @Public()
  @Query(() => CollectivityModel, { description: 'One collectivity, by id or by official code' })
  async collectivity(
    @Context() ctx: GqlContext,
    @Args('id', { type: () => ID, nullable: true }) id?: string,
    @Args('code', { nullable: true }) code?: string,
    @Args('kind', { type: () => CollectivityKindEnum, nullable: true }) kind?: CollectivityKind,
  ): Promise<CollectivityModel> {
    const { collectivity, places } = await this.service.findWithPlaces(id, code, kind);
    this.loaders.prime(ctx, [collectivity, ...places]);
    return toCollectivityModel(collectivity);
  }

  @RequirePermission('collectivity.create')
  @Mutation(() => CollectivityModel, { description: 'Add a syndicat or other pooling body, identified by its SIREN' })
  async createCollectivity(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateCollectivityInput,
  ): Promise<CollectivityModel> {
    return toCollectivityModel(await this.service.create(actor, input));
  }

  @ResolveField(() => CollectivityModel, { nullable: true, description: 'The EPCI a commune belongs to' })
  async epci(parent: CollectivityModel, _args: unknown, ctx: GqlContext): Promise<CollectivityModel | null> {
    if (!parent.epciId) return null;
    const found = await this.loaders.byId(ctx).load(parent.epciId);
    return found ? toCollectivityModel(found) : null;
  }

  @ResolveField(() => CollectivityModel, { nullable: true })
  async departement(parent: CollectivityModel, _args: unknown, ctx: GqlContext) {
    if (!parent.departementCode || parent.kind === 'DEPARTEMENT') return null;
    const found = await this.loaders.area(ctx, 'DEPARTEMENT').load(parent.departementCode);
    return found ? toCollectivityModel(found) : null;
  }

  @ResolveField(() => CollectivityModel, { nullable: true })
  async region(parent: CollectivityModel, _args: unknown, ctx: GqlContext) {
    if (!parent.regionCode || parent.kind === 'REGION') return null;
    const found = await this.loaders.area(ctx, 'REGION').load(parent.regionCode);
    return found ? toCollectivityModel(found) : null;
  }

  @ResolveField(() => [CollectivityModel], {
    description: 'Member communes of an EPCI (empty otherwise)',
    complexity: ({ childComplexity }) => 1 + childComplexity * 50,
  })
  async members(parent: CollectivityModel, _args: unknown, ctx: GqlContext): Promise<CollectivityModel[]> {
    if (!parent.isEpci) return [];
    return (await this.loaders.membersOf(ctx).load(parent.id)).map(toCollectivityModel);
  }
}
