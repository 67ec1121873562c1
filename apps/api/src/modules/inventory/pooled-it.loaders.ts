import { Injectable } from '@nestjs/common';
import { CURRENT_EDITION, InventoryItemInput, PooledInventory, memberInventory } from '@pacte/pact';
import DataLoader from 'dataloader';
import type { GqlContext } from '../../common/graphql/context';
import { byKeys, groupByKeys } from '../../common/graphql/loader-registry';
import { CollectivitiesLoaders } from '../collectivities/collectivities.loaders';
import type { CollectivityRecord } from '../collectivities/collectivities.service';
import { CommitmentsLoaders } from '../commitments/commitments.loaders';
import { EvidenceLoaders } from '../evidence/evidence.loaders';
import type { EvidenceRecord } from '../evidence/evidence.service';
import type { CollectivityFleetEntity } from './fleet.entity';
import type { SoftwareInventoryItemEntity } from './inventory-item.entity';
import { InventoryLoaders } from './inventory.loaders';
import { fleetInput } from './models/fleet.model';
import { inventoryInput } from './models/inventory.model';
import { PooledItLinkEntity } from './pooled-it.entity';
import { PooledItRepository } from './pooled-it.repository';

/** What the body that runs a commune's IT brings to it: the body, its items, its fleet, its evidence. */
export interface PooledFacts {
  body: CollectivityRecord;
  /** Every item of the body; `memberInventory` keeps those that apply to the commune. */
  items: readonly SoftwareInventoryItemEntity[];
  fleet: readonly CollectivityFleetEntity[];
  /** The evidence of the body's current commitment (none without one). */
  evidence: readonly EvidenceRecord[];
}

@Injectable()
export class PooledItLoaders {
  constructor(
    private readonly repository: PooledItRepository,
    private readonly inventory: InventoryLoaders,
    private readonly collectivities: CollectivitiesLoaders,
    private readonly commitments: CommitmentsLoaders,
    private readonly evidence: EvidenceLoaders,
  ) {}

  /** The link of each commune, null when its IT is not pooled. */
  linkByCollectivity(ctx: GqlContext): DataLoader<string, PooledItLinkEntity | null> {
    return ctx.loaders.get(
      'pooledIt.linkByCollectivity',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          byKeys(ids, await this.repository.findByCollectivityIds(ids), (l) => l.collectivityId),
        ),
    );
  }

  /** The links of the communes whose IT each body runs. */
  linksByBody(ctx: GqlContext): DataLoader<string, PooledItLinkEntity[]> {
    return ctx.loaders.get(
      'pooledIt.linksByBody',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupByKeys(ids, await this.repository.findByBodyIds(ids), (l) => l.bodyId),
        ),
    );
  }

  /** What the body that runs the commune's IT brings to it; null when its IT is not pooled. */
  async pooledFacts(ctx: GqlContext, collectivityId: string): Promise<PooledFacts | null> {
    const link = await this.linkByCollectivity(ctx).load(collectivityId);
    if (!link) return null;
    const [body, items, fleet, commitments] = await Promise.all([
      this.collectivities.byId(ctx).load(link.bodyId),
      this.inventory.byCollectivity(ctx).load(link.bodyId),
      this.inventory.fleetByCollectivity(ctx).load(link.bodyId),
      this.commitments.byCollectivity(ctx).load(link.bodyId),
    ]);
    if (!body) return null;
    const commitment = commitments.find((c) => c.edition === CURRENT_EDITION);
    const evidence = commitment ? await this.evidence.byCommitment(ctx).load(commitment.id) : [];
    return { body, items, fleet, evidence };
  }

  /**
   * The commune's inventory and fleet as its figures read them: its own, and its pooling body's that apply to it,
   * marked `pooled` (libs/pact `memberInventory`).
   */
  async memberInventory(ctx: GqlContext, collectivityId: string): Promise<PooledInventory> {
    const [items, fleet, pooled] = await Promise.all([
      this.inventory.byCollectivity(ctx).load(collectivityId),
      this.inventory.fleetByCollectivity(ctx).load(collectivityId),
      this.pooledFacts(ctx, collectivityId),
    ]);
    return memberInventoryOf(collectivityId, items, fleet, pooled);
  }
}

/** libs/pact `memberInventory` over records. */
export function memberInventoryOf(
  collectivityId: string,
  items: readonly SoftwareInventoryItemEntity[],
  fleet: readonly CollectivityFleetEntity[],
  pooled: Pick<PooledFacts, 'items' | 'fleet'> | null,
): PooledInventory {
  const asInput = (e: SoftwareInventoryItemEntity): InventoryItemInput & { appliesToMemberIds: string[] | null } => ({
    ...inventoryInput(e),
    appliesToMemberIds: e.appliesToMemberIds,
  });
  return memberInventory(
    collectivityId,
    { items: items.map(asInput), fleet: fleet.map(fleetInput) },
    pooled && { items: pooled.items.map(asInput), fleet: pooled.fleet.map(fleetInput) },
  );
}
