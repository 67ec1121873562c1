import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, RequirePermission } from '../../common/auth/decorators';
import type { GqlContext } from '../../common/graphql/context';
import { MeModel } from '../accounts/models/account.model';
import { CollectivitiesLoaders } from '../collectivities/collectivities.loaders';
import { CollectivityModel, toCollectivityModel } from '../collectivities/models/collectivity.model';
import { FollowCollectivityInput } from './dto/follow.input';
import { FeedsService } from './feeds.service';
import { FollowsService } from './follows.service';
import { FollowModel, toFollowModel } from './models/follow.model';

@Resolver(() => FollowModel)
export class FollowsResolver {
  constructor(
    private readonly follows: FollowsService,
    private readonly feeds: FeedsService,
    private readonly collectivities: CollectivitiesLoaders,
  ) {}

  @RequirePermission('follow.manage')
  @Mutation(() => FollowModel, {
    description: 'Follow a collectivity, and choose whether to receive the weekly e-mail digest of its changes',
  })
  async followCollectivity(@CurrentActor() actor: Actor, @Args('input') input: FollowCollectivityInput) {
    const follow = await this.follows.follow(actor, input.collectivityId, input.digest ?? null);
    return toFollowModel(follow, this.feeds.urls.collectivity(follow.collectivityId));
  }

  @RequirePermission('follow.manage')
  @Mutation(() => Boolean, { description: 'Stop following a collectivity; false when it was not followed' })
  unfollowCollectivity(
    @CurrentActor() actor: Actor,
    @Args('collectivityId', { type: () => ID }) collectivityId: string,
  ): Promise<boolean> {
    return this.follows.unfollow(actor, collectivityId);
  }

  @ResolveField(() => CollectivityModel)
  async collectivity(@Parent() parent: FollowModel, @Context() ctx: GqlContext): Promise<CollectivityModel> {
    return toCollectivityModel((await this.collectivities.byId(ctx).load(parent.collectivityId))!);
  }
}

/** `following` on Me: only the signed-in user reads their own follows. */
@Resolver(() => MeModel)
export class MeFollowingResolver {
  constructor(
    private readonly follows: FollowsService,
    private readonly feeds: FeedsService,
  ) {}

  @ResolveField(() => [FollowModel], { description: 'Collectivities followed, by name' })
  async following(@Parent() me: MeModel): Promise<FollowModel[]> {
    return (await this.follows.listFor(me.id)).map((f) =>
      toFollowModel(f, this.feeds.urls.collectivity(f.collectivityId)),
    );
  }
}
