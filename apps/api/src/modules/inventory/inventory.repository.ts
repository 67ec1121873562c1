import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { saveVersioned } from '../../common/errors/versioned-save';
import type { FleetAudience } from '@pacte/pact';
import { CollectivityFleetEntity } from './fleet.entity';
import { SoftwareInventoryItemEntity, SoftwareInventoryStageEntity } from './inventory-item.entity';

/** One inventory item that uses a catalogue entry (or an entry for the same software), for "who else uses it". */
export interface EntryUse {
  entryId: string;
  itemId: string;
  relation: 'PRODUCT' | 'TARGET';
}

@Injectable()
export class InventoryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private items(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(SoftwareInventoryItemEntity);
  }

  private stages(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(SoftwareInventoryStageEntity);
  }

  private fleets(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(CollectivityFleetEntity);
  }

  /** The fleet declarations of these collectivities, one per audience at most. */
  findFleetsByCollectivityIds(collectivityIds: readonly string[], manager?: EntityManager) {
    return this.fleets(manager).find({
      where: { collectivityId: In([...collectivityIds]) },
      order: { collectivityId: 'ASC', audience: 'ASC' },
    });
  }

  /** One audience's declaration, locked until the transaction ends; null when none yet. */
  findFleetForUpdate(collectivityId: string, audience: FleetAudience, manager: EntityManager) {
    return this.fleets(manager).findOne({ where: { collectivityId, audience }, lock: { mode: 'pessimistic_write' } });
  }

  saveFleet(entity: Partial<CollectivityFleetEntity>, manager: EntityManager) {
    return saveVersioned(manager, CollectivityFleetEntity, entity);
  }

  findByCollectivityIds(collectivityIds: readonly string[], manager?: EntityManager) {
    return this.items(manager).find({
      where: { collectivityId: In([...collectivityIds]) },
      order: { category: 'ASC', productName: 'ASC', createdAt: 'ASC' },
    });
  }

  findByIds(ids: readonly string[]): Promise<SoftwareInventoryItemEntity[]> {
    return this.items().findBy({ id: In([...ids]) });
  }

  /** Locks the item until the transaction ends, so two stage changes of one item are serialised. */
  findForUpdate(id: string, manager: EntityManager): Promise<SoftwareInventoryItemEntity | null> {
    return this.items(manager).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  saveItem(entity: Partial<SoftwareInventoryItemEntity>, manager: EntityManager) {
    return saveVersioned(manager, SoftwareInventoryItemEntity, entity);
  }

  insertStage(entity: Partial<SoftwareInventoryStageEntity>, manager: EntityManager) {
    const repo = this.stages(manager);
    return repo.save(repo.create(entity));
  }

  findStagesByItemIds(itemIds: readonly string[]): Promise<SoftwareInventoryStageEntity[]> {
    return this.stages().find({
      where: { itemId: In([...itemIds]) },
      order: { reachedOn: 'ASC', recordedAt: 'ASC' },
    });
  }

  /**
   * The inventory items that run or target each entry or another entry for the same software (`same`: entry → the
   * ids of the entries for its software, from the software catalogue), by entry then item id. An item that both runs
   * and targets it counts once, as PRODUCT.
   */
  async usesOfEntries(same: ReadonlyMap<string, readonly string[]>): Promise<EntryUse[]> {
    const all = [...new Set([...same.values()].flat())];
    if (all.length === 0) return [];
    const items: { id: string; product_entry_id: string | null; target_entry_id: string | null }[] =
      await this.dataSource.query(
        `SELECT id, product_entry_id, target_entry_id
           FROM software_inventory_item
          WHERE product_entry_id = ANY($1::uuid[]) OR target_entry_id = ANY($1::uuid[])
          ORDER BY id`,
        [all],
      );
    const uses: EntryUse[] = [];
    for (const entryId of [...same.keys()].sort()) {
      const ids = new Set(same.get(entryId));
      for (const item of items) {
        if (item.product_entry_id !== null && ids.has(item.product_entry_id))
          uses.push({ entryId, itemId: item.id, relation: 'PRODUCT' });
        else if (item.target_entry_id !== null && ids.has(item.target_entry_id))
          uses.push({ entryId, itemId: item.id, relation: 'TARGET' });
      }
    }
    return uses;
  }
}
