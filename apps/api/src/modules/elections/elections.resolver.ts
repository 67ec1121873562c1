import { listOf } from '../../common/graphql/list-complexity';
import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, Public, RequirePermission } from '../../common/auth/decorators';
import type { GqlContext } from '../../common/graphql/context';
import { CollectivitiesLoaders } from '../collectivities/collectivities.loaders';
import { CollectivityModel, toCollectivityModel } from '../collectivities/models/collectivity.model';
import { CreateCandidateListInput, SetListOutcomeInput } from './dto/candidate-list.input';
import { AddSignatoryInput, SetSignatoryElectedInput } from './dto/signatory.input';
import { ElectionsLoaders } from './elections.loaders';
import { ElectionsRepository } from './elections.repository';
import { ElectionsService } from './elections.service';
import {
  CandidateListModel,
  ElectionModel,
  SignatoryModel,
  toCandidateListModel,
  toElectionModel,
  toSignatoryModel,
} from './models/election.model';

@Resolver(() => ElectionModel)
export class ElectionsResolver {
  constructor(
    private readonly service: ElectionsService,
    private readonly repository: ElectionsRepository,
  ) {}

  @Public()
  @Query(() => [ElectionModel])
  async elections(): Promise<ElectionModel[]> {
    return (await this.repository.listElections()).map(toElectionModel);
  }

  @Public()
  @Query(() => ElectionModel)
  async election(@Args('code') code: string): Promise<ElectionModel> {
    return toElectionModel(await this.service.getElection(code));
  }
}

@Resolver(() => CandidateListModel)
export class CandidateListsResolver {
  constructor(
    private readonly service: ElectionsService,
    private readonly loaders: ElectionsLoaders,
    private readonly collectivities: CollectivitiesLoaders,
  ) {}

  @RequirePermission('signingForm.enter')
  @Mutation(() => CandidateListModel, {
    description: 'A candidate list of a commune (the list a signing form names): moderators in their territory, ADMIN',
  })
  async createCandidateList(@CurrentActor() actor: Actor, @Args('input') input: CreateCandidateListInput) {
    return toCandidateListModel(await this.service.createList(actor, input));
  }

  @RequirePermission('candidateList.manage')
  @Mutation(() => CandidateListModel, {
    description: 'Record the result of a list; a signing list that won the majority commits its collectivity',
  })
  async setListOutcome(@CurrentActor() actor: Actor, @Args('input') input: SetListOutcomeInput) {
    return toCandidateListModel(await this.service.setOutcome(actor, input));
  }

  @ResolveField(() => ElectionModel)
  async election(parent: CandidateListModel, _args: unknown, ctx: GqlContext): Promise<ElectionModel> {
    return toElectionModel((await this.loaders.electionById(ctx).load(parent.electionId))!);
  }

  @ResolveField(() => CollectivityModel)
  async collectivity(parent: CandidateListModel, _args: unknown, ctx: GqlContext): Promise<CollectivityModel> {
    return toCollectivityModel((await this.collectivities.byId(ctx).load(parent.collectivityId))!);
  }

  @ResolveField(() => [SignatoryModel], { complexity: listOf(50) })
  async signatories(parent: CandidateListModel, _args: unknown, ctx: GqlContext): Promise<SignatoryModel[]> {
    return (await this.loaders.signatoriesByList(ctx).load(parent.id)).map(toSignatoryModel);
  }

  @ResolveField(() => Boolean, { description: 'Someone signed on behalf of the whole list ("ma liste s’engage")' })
  async signedAsList(parent: CandidateListModel, _args: unknown, ctx: GqlContext): Promise<boolean> {
    return (await this.loaders.signatoriesByList(ctx).load(parent.id)).some((s) => s.scope === 'LIST');
  }
}

@Resolver(() => SignatoryModel)
export class SignatoriesResolver {
  constructor(
    private readonly service: ElectionsService,
    private readonly loaders: ElectionsLoaders,
  ) {}

  @RequirePermission('signingForm.enter')
  @Mutation(() => SignatoryModel, {
    description:
      'Record a signing form (moderators in their territory, ADMIN); phone and e-mail are stored, never shown. ' +
      'The signed PDF goes with POST /signatories or POST /signatories/{id}/signed-form',
  })
  async addSignatory(@CurrentActor() actor: Actor, @Args('input') input: AddSignatoryInput) {
    return toSignatoryModel(await this.service.addSignatory(actor, input));
  }

  @RequirePermission('signatory.manage')
  @Mutation(() => SignatoryModel, { description: 'Record whether a signatory was elected' })
  async setSignatoryElected(@CurrentActor() actor: Actor, @Args('input') input: SetSignatoryElectedInput) {
    return toSignatoryModel(await this.service.setElected(actor, input));
  }

  @ResolveField(() => CandidateListModel)
  async candidateList(parent: SignatoryModel, _args: unknown, ctx: GqlContext): Promise<CandidateListModel> {
    return toCandidateListModel((await this.loaders.listById(ctx).load(parent.candidateListId))!);
  }
}

/** Election fields on Collectivity (those on Commitment are resolved by the commitments module). */
@Resolver(() => CollectivityModel)
export class CollectivityListsResolver {
  constructor(private readonly loaders: ElectionsLoaders) {}

  @ResolveField(() => [CandidateListModel], {
    description: 'Lists that stood here, every election',
    complexity: listOf(10),
  })
  async candidateLists(parent: CollectivityModel, _args: unknown, ctx: GqlContext) {
    return (await this.loaders.listsByCollectivity(ctx).load(parent.id)).map(toCandidateListModel);
  }

  @ResolveField(() => [SignatoryModel], {
    description:
      'For an EPCI: the signatories who sit on its community council, from the register of elected officials (npm run import:elected)',
    complexity: listOf(50),
  })
  async councilSignatories(parent: CollectivityModel, _args: unknown, ctx: GqlContext) {
    return (await this.loaders.signatoriesByCommunityCouncil(ctx).load(parent.id)).map(toSignatoryModel);
  }
}
