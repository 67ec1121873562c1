import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { saveVersioned } from '../../common/errors/versioned-save';
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
   * The inventory items that run or target each entry, or another entry for the same software: the same name
   * (ignoring case), or the same SILL or Comptoir du Libre id (a SILL entry names its Comptoir record). An item that
   * both runs and targets it counts once, as PRODUCT.
   */
  async usesOfEntries(entryIds: readonly string[]): Promise<EntryUse[]> {
    const rows: { entry_id: string; item_id: string; relation: 'PRODUCT' | 'TARGET' }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (me.id, i.id) me.id AS entry_id, i.id AS item_id,
              CASE WHEN i.product_entry_id = same.id THEN 'PRODUCT' ELSE 'TARGET' END AS relation
         FROM software_catalogue_entry me
         JOIN software_catalogue_entry same
           ON same.id = me.id
           OR lower(same.name) = lower(me.name)
           OR (me.comptoir_id IS NOT NULL AND same.comptoir_id = me.comptoir_id)
           OR (me.sill_id IS NOT NULL AND same.sill_id = me.sill_id)
         JOIN software_inventory_item i ON i.product_entry_id = same.id OR i.target_entry_id = same.id
        WHERE me.id = ANY($1::uuid[])
        ORDER BY me.id, i.id, (i.product_entry_id = same.id) DESC`,
      [[...entryIds]],
    );
    return rows.map((r) => ({ entryId: r.entry_id, itemId: r.item_id, relation: r.relation }));
  }
}
