import { Module } from '@nestjs/common';
import { CollectivitiesModule } from '../collectivities/collectivities.module';
import { CommitmentsModule } from '../commitments/commitments.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { HistoryModule } from '../history/history.module';
import { SoftwareCatalogueModule } from '../software-catalogue/software-catalogue.module';
import { InventoryModule } from '../inventory/inventory.module';
import { ProgressModule } from '../progress/progress.module';
import { LabelsController } from './labels.controller';
import { LabelsLoaders } from './labels.loaders';
import { LabelsRepository } from './labels.repository';
import { CollectivityLabelsResolver, CommitmentLabelReadinessResolver, LabelsResolver } from './labels.resolver';
import { LabelsService } from './labels.service';

@Module({
  imports: [
    HistoryModule,
    CollectivitiesModule,
    CommitmentsModule,
    ProgressModule,
    EvidenceModule,
    InventoryModule,
    SoftwareCatalogueModule,
  ],
  controllers: [LabelsController],
  providers: [
    LabelsRepository,
    LabelsService,
    LabelsLoaders,
    LabelsResolver,
    CollectivityLabelsResolver,
    CommitmentLabelReadinessResolver,
  ],
})
export class LabelsModule {}
