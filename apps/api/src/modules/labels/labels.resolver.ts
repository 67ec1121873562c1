import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, RequirePermission } from '../../common/auth/decorators';
import type { GqlContext } from '../../common/graphql/context';
import { CollectivityModel } from '../collectivities/models/collectivity.model';
import { CommitmentModel } from '../commitments/models/commitment.model';
import { EvidenceLoaders } from '../evidence/evidence.loaders';
import { InventoryLoaders } from '../inventory/inventory.loaders';
import { PooledItLoaders } from '../inventory/pooled-it.loaders';
import { ProgressLoaders } from '../progress/progress.loaders';
import { RecordTnlLabelInput } from './dto/record-tnl-label.input';
import { LabelsLoaders } from './labels.loaders';
import { LabelsService } from './labels.service';
import { LabelReadinessModel, TnlLabelModel, toTnlLabelModel } from './models/label.model';
import { toLabelReadinessModel } from './models/readiness.mapper';
import { readinessOf } from './readiness';

@Resolver(() => TnlLabelModel)
export class LabelsResolver {
  constructor(private readonly service: LabelsService) {}

  @RequirePermission('label.record')
  @Mutation(() => TnlLabelModel, {
    description: 'Record a Territoire Numérique Libre label the jury awarded (one per vintage); it counts in readiness',
  })
  async recordTnlLabel(@CurrentActor() actor: Actor, @Args('input') input: RecordTnlLabelInput) {
    return toTnlLabelModel(await this.service.record(actor, input));
  }
}

/** Label fields on Collectivity. */
@Resolver(() => CollectivityModel)
export class CollectivityLabelsResolver {
  constructor(private readonly loaders: LabelsLoaders) {}

  @ResolveField(() => [TnlLabelModel], { description: 'Territoire Numérique Libre labels awarded, newest first' })
  async tnlLabels(@Parent() parent: CollectivityModel, @Context() ctx: GqlContext): Promise<TnlLabelModel[]> {
    return (await this.loaders.byCollectivity(ctx).load(parent.id)).map(toTnlLabelModel);
  }
}

/** Readiness on Commitment. */
@Resolver(() => CommitmentModel)
export class CommitmentLabelReadinessResolver {
  constructor(
    private readonly loaders: LabelsLoaders,
    private readonly inventory: InventoryLoaders,
    private readonly progress: ProgressLoaders,
    private readonly evidence: EvidenceLoaders,
    private readonly pooledIt: PooledItLoaders,
  ) {}

  @ResolveField(() => LabelReadinessModel, {
    description:
      'Readiness for the Territoire Numérique Libre label, from this commitment’s progress and evidence and the collectivity’s inventory and awarded labels. With pooled IT, the body’s items, fleet and evidence count too. A self-assessment',
  })
  async labelReadiness(@Parent() parent: CommitmentModel, @Context() ctx: GqlContext): Promise<LabelReadinessModel> {
    const [progress, evidence, items, fleet, labels, pooled] = await Promise.all([
      this.progress.byCommitment(ctx).load(parent.id),
      this.evidence.byCommitment(ctx).load(parent.id),
      this.inventory.byCollectivity(ctx).load(parent.collectivityId),
      this.inventory.fleetByCollectivity(ctx).load(parent.collectivityId),
      this.loaders.byCollectivity(ctx).load(parent.collectivityId),
      this.pooledIt.pooledFacts(ctx, parent.collectivityId),
    ]);
    return toLabelReadinessModel(
      readinessOf({ progress, evidence, items, fleet, labels, pooled }, parent.collectivityId),
    );
  }
}
