import { Module } from '@nestjs/common';
import { CollectivitiesModule } from '../collectivities/collectivities.module';
import { CommitmentsModule } from '../commitments/commitments.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { HistoryModule } from '../history/history.module';
import { ProgressModule } from '../progress/progress.module';
import { SoftwareCatalogueModule } from '../software-catalogue/software-catalogue.module';
import { InventoryLoaders } from './inventory.loaders';
import { InventoryRepository } from './inventory.repository';
import {
  CatalogueEntryUsersResolver,
  CollectivityInventoryResolver,
  InventoryResolver,
  SoftwareUsersResolver,
} from './inventory.resolver';
import { InventoryService } from './inventory.service';
import { InventoryOpenDataPort } from './open-data.port';
import { PooledItLoaders } from './pooled-it.loaders';
import { PooledItRepository } from './pooled-it.repository';
import { CollectivityPooledItResolver, PooledItemResolver } from './pooled-it.resolver';
import { PooledItService } from './pooled-it.service';

@Module({
  imports: [
    HistoryModule,
    CollectivitiesModule,
    CommitmentsModule,
    ProgressModule,
    EvidenceModule,
    SoftwareCatalogueModule,
  ],
  providers: [
    InventoryOpenDataPort,
    InventoryRepository,
    InventoryService,
    InventoryLoaders,
    InventoryResolver,
    CollectivityInventoryResolver,
    SoftwareUsersResolver,
    CatalogueEntryUsersResolver,
    PooledItRepository,
    PooledItService,
    PooledItLoaders,
    CollectivityPooledItResolver,
    PooledItemResolver,
  ],
  exports: [InventoryOpenDataPort, InventoryService, InventoryLoaders, PooledItLoaders, PooledItService],
})
export class InventoryModule {}
