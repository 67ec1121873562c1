import { Module } from '@nestjs/common';
import { CollectivitiesModule } from '../collectivities/collectivities.module';
import { CommitmentsModule } from '../commitments/commitments.module';
import { HistoryModule } from '../history/history.module';
import { ElectionsLoaders } from './elections.loaders';
import { ElectionsRepository } from './elections.repository';
import {
  CandidateListsResolver,
  CollectivityListsResolver,
  CommitmentListResolver,
  ElectionsResolver,
  SignatoriesResolver,
} from './elections.resolver';
import { ElectionsService } from './elections.service';

@Module({
  imports: [HistoryModule, CollectivitiesModule, CommitmentsModule],
  providers: [
    ElectionsRepository,
    ElectionsService,
    ElectionsLoaders,
    ElectionsResolver,
    CandidateListsResolver,
    SignatoriesResolver,
    CollectivityListsResolver,
    CommitmentListResolver,
  ],
  exports: [ElectionsRepository, ElectionsService],
})
export class ElectionsModule {}
