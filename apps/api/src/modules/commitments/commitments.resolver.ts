import { listOf } from '../../common/graphql/list-complexity';
import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { CURRENT_EDITION } from '@pacte/pact';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, RequirePermission } from '../../common/auth/decorators';
import type { GqlContext } from '../../common/graphql/context';
import { CollectivitiesLoaders } from '../collectivities/collectivities.loaders';
import { CollectivityModel, toCollectivityModel } from '../collectivities/models/collectivity.model';
import { ElectionsLoaders } from '../elections/elections.loaders';
import { CandidateListModel, toCandidateListModel } from '../elections/models/election.model';
import { CommitmentsLoaders } from './commitments.loaders';
import { CommitmentsService } from './commitments.service';
import { CreateCommitmentInput } from './dto/create-commitment.input';
import { CommitmentModel, toCommitmentModel } from './models/commitment.model';

@Resolver(() => CommitmentModel)
export class CommitmentsResolver {
  constructor(
    private readonly service: CommitmentsService,
    private readonly collectivities: CollectivitiesLoaders,
    private readonly elections: ElectionsLoaders,
  ) {}

  @RequirePermission('commitment.manage')
  @Mutation(() => CommitmentModel, {
    description: 'Record that a collectivity is bound by the pact: its council adopted it, or a signing list won',
  })
  async createCommitment(@CurrentActor() actor: Actor, @Args('input') input: CreateCommitmentInput) {
    return toCommitmentModel(await this.service.create(actor, input));
  }

  @ResolveField(() => CollectivityModel)
  async collectivity(parent: CommitmentModel, _args: unknown, ctx: GqlContext): Promise<CollectivityModel> {
    const found = await this.collectivities.byId(ctx).load(parent.collectivityId);
    return toCollectivityModel(found!);
  }

  @ResolveField(() => CandidateListModel, {
    nullable: true,
    description: 'The signing list that won, if that is the source',
  })
  async candidateList(parent: CommitmentModel, _args: unknown, ctx: GqlContext) {
    if (!parent.candidateListId) return null;
    const list = await this.elections.listById(ctx).load(parent.candidateListId);
    return list ? toCandidateListModel(list) : null;
  }
}

/** Commitment fields on Collectivity. */
@Resolver(() => CollectivityModel)
export class CollectivityCommitmentsResolver {
  constructor(private readonly loaders: CommitmentsLoaders) {}

  @ResolveField(() => [CommitmentModel], { description: 'Every commitment, all pact editions', complexity: listOf(3) })
  async commitments(parent: CollectivityModel, _args: unknown, ctx: GqlContext): Promise<CommitmentModel[]> {
    return (await this.loaders.byCollectivity(ctx).load(parent.id)).map(toCommitmentModel);
  }

  @ResolveField(() => CommitmentModel, { nullable: true, description: 'The commitment to the current pact edition' })
  async commitment(parent: CollectivityModel, _args: unknown, ctx: GqlContext): Promise<CommitmentModel | null> {
    const all = await this.loaders.byCollectivity(ctx).load(parent.id);
    const current = all.find((c) => c.edition === CURRENT_EDITION);
    return current ? toCommitmentModel(current) : null;
  }
}
