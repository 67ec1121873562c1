import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { GqlContext } from '../../common/graphql/context';
import { byKeys, groupByKeys } from '../../common/graphql/loader-registry';
import { CollectivityFleetEntity } from './fleet.entity';
import { SoftwareInventoryItemEntity, SoftwareInventoryStageEntity } from './inventory-item.entity';
import { SoftwareCatalogueService } from '../software-catalogue/software-catalogue.service';
import { EntryUse, InventoryRepository } from './inventory.repository';

@Injectable()
export class InventoryLoaders {
  constructor(
    private readonly repository: InventoryRepository,
    private readonly catalogue: SoftwareCatalogueService,
  ) {}

  byCollectivity(ctx: GqlContext): DataLoader<string, SoftwareInventoryItemEntity[]> {
    return ctx.loaders.get(
      'inventory.byCollectivity',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupByKeys(ids, await this.repository.findByCollectivityIds(ids), (i) => i.collectivityId),
        ),
    );
  }

  fleetByCollectivity(ctx: GqlContext): DataLoader<string, CollectivityFleetEntity[]> {
    return ctx.loaders.get(
      'inventory.fleetByCollectivity',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupByKeys(ids, await this.repository.findFleetsByCollectivityIds(ids), (f) => f.collectivityId),
        ),
    );
  }

  byId(ctx: GqlContext): DataLoader<string, SoftwareInventoryItemEntity | null> {
    return ctx.loaders.get(
      'inventory.byId',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          byKeys(ids, await this.repository.findByIds(ids), (i) => i.id),
        ),
    );
  }

  stagesByItem(ctx: GqlContext): DataLoader<string, SoftwareInventoryStageEntity[]> {
    return ctx.loaders.get(
      'inventory.stagesByItem',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupByKeys(ids, await this.repository.findStagesByItemIds(ids), (s) => s.itemId),
        ),
    );
  }

  usesOfEntry(ctx: GqlContext): DataLoader<string, EntryUse[]> {
    return ctx.loaders.get(
      'inventory.usesOfEntry',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupByKeys(
            ids,
            await this.repository.usesOfEntries(await this.catalogue.sameSoftwareAs(ids)),
            (u) => u.entryId,
          ),
        ),
    );
  }
}
