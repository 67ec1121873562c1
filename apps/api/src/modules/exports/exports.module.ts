import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module';
import { CollectivitiesModule } from '../collectivities/collectivities.module';
import { CommitmentsModule } from '../commitments/commitments.module';
import { DataVersionModule } from '../data-version/data-version.module';
import { ElectionsModule } from '../elections/elections.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { HistoryModule } from '../history/history.module';
import { InventoryModule } from '../inventory/inventory.module';
import { ProgressModule } from '../progress/progress.module';
import { SoftwareCatalogueModule } from '../software-catalogue/software-catalogue.module';
import { DumpService } from './dump';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';
import { CommitmentRows } from './rows/commitment-rows';
import { CommitmentSet } from './rows/commitment-set';
import { OtherRows } from './rows/other-rows';

/** Open data out: `/exports/<dataset>.<format>` and the dump, read through each owner's open-data port. */
@Module({
  imports: [
    AssessmentsModule,
    CollectivitiesModule,
    CommitmentsModule,
    DataVersionModule,
    ElectionsModule,
    EvidenceModule,
    HistoryModule,
    InventoryModule,
    ProgressModule,
    SoftwareCatalogueModule,
  ],
  controllers: [ExportsController],
  providers: [ExportsService, DumpService, CommitmentSet, CommitmentRows, OtherRows],
  exports: [ExportsService, DumpService],
})
export class ExportsModule {}
