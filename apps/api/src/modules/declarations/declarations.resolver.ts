import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, RequirePermission } from '../../common/auth/decorators';
import type { GqlContext } from '../../common/graphql/context';
import { listOf } from '../../common/graphql/list-complexity';
import { MeModel } from '../accounts/models/account.model';
import { CollectivitiesLoaders } from '../collectivities/collectivities.loaders';
import { CollectivityModel, toCollectivityModel } from '../collectivities/models/collectivity.model';
import { DeclarationsService } from './declarations.service';
import { DeclareCommitmentInput } from './dto/declare-commitment.input';
import { DeclarationModel, toDeclarationModel } from './models/declaration.model';

@Resolver(() => DeclarationModel)
export class DeclarationsResolver {
  constructor(
    private readonly service: DeclarationsService,
    private readonly collectivities: CollectivitiesLoaders,
  ) {}

  @RequirePermission('commitment.declare')
  @Mutation(() => DeclarationModel, {
    description:
      'Declare that a collectivity that is not committed is (a signing list won, or the council adopted the pact): ' +
      'the declaration goes to the review queue, where a campaign moderator or an administrator accepts or refuses it',
  })
  async declareCommitment(@CurrentActor() actor: Actor, @Args('input') input: DeclareCommitmentInput) {
    return toDeclarationModel(await this.service.declare(actor, input));
  }

  @ResolveField(() => CollectivityModel)
  async collectivity(@Parent() parent: DeclarationModel, @Context() ctx: GqlContext): Promise<CollectivityModel> {
    return toCollectivityModel((await this.collectivities.byId(ctx).load(parent.collectivityId))!);
  }
}

/** `declarations` on Me: only the declarant reads their declarations and the decisions (a refusal's reason). */
@Resolver(() => MeModel)
export class MeDeclarationsResolver {
  constructor(private readonly service: DeclarationsService) {}

  @ResolveField(() => [DeclarationModel], {
    description: 'The commitments I declared, newest first, with the moderators’ decisions',
    complexity: listOf(3),
  })
  async declarations(@CurrentActor() actor: Actor): Promise<DeclarationModel[]> {
    return (await this.service.declaredBy(actor)).map(toDeclarationModel);
  }
}
