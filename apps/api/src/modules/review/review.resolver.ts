import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, RequirePermission } from '../../common/auth/decorators';
import type { GqlContext } from '../../common/graphql/context';
import { pageComplexity, toPage, type Page } from '../../common/graphql/pagination';
import { UsersLoaders } from '../accounts/users.loaders';
import { CollectivitiesLoaders } from '../collectivities/collectivities.loaders';
import { CollectivityModel, toCollectivityModel } from '../collectivities/models/collectivity.model';
import { DecideReviewItemInput, ReviewItemsArgs } from './dto/review.input';
import { ReviewItemModel, ReviewItemPage, toReviewItemModel } from './models/review-item.model';
import { ReviewQueueService } from './review.service';

@Resolver(() => ReviewItemModel)
export class ReviewResolver {
  constructor(
    private readonly service: ReviewQueueService,
    private readonly collectivities: CollectivitiesLoaders,
    private readonly users: UsersLoaders,
  ) {}

  @RequirePermission('review.decide')
  @Query(() => ReviewItemPage, {
    description: 'The review queue in the caller’s territory (moderators) or everywhere (administrators), oldest first',
    complexity: pageComplexity,
  })
  async reviewItems(@CurrentActor() actor: Actor, @Args() args: ReviewItemsArgs): Promise<Page<ReviewItemModel>> {
    const [rows, total] = await this.service.list(
      actor,
      { status: args.status ?? null, kind: args.kind ?? null, collectivityId: args.collectivityId ?? null },
      args,
    );
    return toPage(rows, total, args, toReviewItemModel);
  }

  @RequirePermission('review.decide')
  @Mutation(() => ReviewItemModel, {
    description: 'Accept (its consequence is applied in the same transaction) or refuse, with a reason, a review item',
  })
  async decideReviewItem(@CurrentActor() actor: Actor, @Args('input') input: DecideReviewItemInput) {
    return toReviewItemModel(await this.service.decide(actor, input));
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The display name of who queued the item (the declarant, the moderator who ran the import), never their e-mail; null for a command-line import or an erased account',
  })
  submitterName(@Parent() item: ReviewItemModel, @Context() ctx: GqlContext): Promise<string | null> {
    return isAccountId(item.createdBy) ? this.users.displayNameById(ctx).load(item.createdBy) : Promise.resolve(null);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      "The domain of the submitter's e-mail address (e.g. ville-meylan.fr), never the address; null as for submitterName",
  })
  submitterEmailDomain(@Parent() item: ReviewItemModel, @Context() ctx: GqlContext): Promise<string | null> {
    return isAccountId(item.createdBy) ? this.users.emailDomainById(ctx).load(item.createdBy) : Promise.resolve(null);
  }

  @ResolveField(() => CollectivityModel)
  async collectivity(@Parent() item: ReviewItemModel, @Context() ctx: GqlContext): Promise<CollectivityModel> {
    const found = await this.collectivities.byId(ctx).load(item.collectivityId);
    return toCollectivityModel(found!);
  }
}

/** An account's id (a UUID), as opposed to the name a command-line tool records as the item's author. */
function isAccountId(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
