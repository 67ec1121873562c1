import { Injectable } from '@nestjs/common';
import { CURRENT_EDITION, checkPooledItLink, checkPooledItemMembers } from '@pacte/pact';
import { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { assertRules } from '../../common/errors/rule-error';
import { CollectivitiesService, type CollectivityRecord } from '../collectivities/collectivities.service';
import { CommitmentsAccess } from '../commitments/commitments.access';
import { CommitmentsService } from '../commitments/commitments.service';
import { EvidenceService } from '../evidence/evidence.service';
import { UnitOfWork } from '../history/unit-of-work';
import { SetPooledItInput } from './dto/pooled-it.input';
import { InventoryRepository } from './inventory.repository';
import { PooledItLinkEntity } from './pooled-it.entity';
import type { PooledFacts } from './pooled-it.loaders';
import { PooledItRepository } from './pooled-it.repository';

/** A pooled IT link as this service returns it: what other modules may read. */
export type PooledItLinkRecord = Readonly<PooledItLinkEntity>;

/**
 * Pooled IT: the body (its EPCI or a syndicat) that runs a commune's IT. The commune's own editors (who may manage
 * its inventory: IT manager, elected official) set or remove it; the rules are libs/pact `checkPooledItLink`.
 */
@Injectable()
export class PooledItService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: PooledItRepository,
    private readonly collectivities: CollectivitiesService,
    private readonly access: CommitmentsAccess,
    private readonly inventory: InventoryRepository,
    private readonly commitments: CommitmentsService,
    private readonly evidence: EvidenceService,
  ) {}

  /** The commune's link, or null when its IT is not pooled. */
  async linkOf(collectivityId: string, manager?: EntityManager): Promise<PooledItLinkRecord | null> {
    return (await this.repository.findByCollectivityIds([collectivityId], manager))[0] ?? null;
  }

  /** What the body that runs the commune's IT brings to it (as `PooledItLoaders.pooledFacts`); null when none. */
  async factsOf(collectivityId: string): Promise<PooledFacts | null> {
    const link = await this.linkOf(collectivityId);
    if (!link) return null;
    const [body, items, fleet, commitment] = await Promise.all([
      this.collectivities.get(link.bodyId),
      this.inventory.findByCollectivityIds([link.bodyId]),
      this.inventory.findFleetsByCollectivityIds([link.bodyId]),
      this.commitments.findForCollectivity(link.bodyId, CURRENT_EDITION),
    ]);
    const evidence = commitment ? await this.evidence.ofCommitment(commitment.id) : [];
    return { body, items, fleet, evidence };
  }

  /** Sets (or, with a null body, removes) the body that runs the commune's IT; returns the commune. */
  set(actor: Actor, input: SetPooledItInput): Promise<CollectivityRecord> {
    return this.unitOfWork.run(actor, async ({ manager, record }) => {
      const commune = await this.collectivities.get(input.collectivityId, manager);
      this.access.assertCanEdit(actor, commune.id, 'inventory.manage', 'Collectivity', commune.id);
      const body = input.bodyId ? await this.collectivities.get(input.bodyId, manager) : null;
      if (body) assertRules(checkPooledItLink(commune, body));
      const current = await this.repository.findForUpdate(commune.id, manager);
      if ((current?.bodyId ?? null) === (body?.id ?? null)) return commune;
      const previous = current ? await this.collectivities.get(current.bodyId, manager) : null;
      if (body) {
        await this.repository.save({ ...(current ?? { collectivityId: commune.id }), bodyId: body.id }, manager);
      } else {
        await this.repository.delete(commune.id, manager);
      }
      record({
        name: 'PooledItSet',
        collectivityId: commune.id,
        entityId: commune.id,
        payload: {
          before: previous ? { bodyId: previous.id, bodyName: previous.name } : null,
          after: body ? { bodyId: body.id, bodyName: body.name } : null,
        },
      });
      return commune;
    });
  }

  /**
   * Checks the communes an inventory item of `owner` names (`appliesToMemberIds`; libs/pact
   * `checkPooledItemMembers`) against the referential; returns them as they are to be stored (null: all members).
   */
  async checkedMembers(
    owner: CollectivityRecord,
    appliesToMemberIds: readonly string[] | null | undefined,
  ): Promise<string[] | null> {
    if (appliesToMemberIds == null) return null;
    const ids = [...new Set(appliesToMemberIds)];
    assertRules(checkPooledItemMembers(owner, ids, await this.collectivities.findByIds(ids)));
    return ids;
  }
}
