import { Module } from '@nestjs/common';
import { CollectivitiesModule } from '../collectivities/collectivities.module';
import { HistoryModule } from '../history/history.module';
import { ElectionsLoaders } from './elections.loaders';
import { ElectionsRepository } from './elections.repository';
import {
  CandidateListsResolver,
  CollectivityListsResolver,
  ElectionsResolver,
  SignatoriesResolver,
} from './elections.resolver';
import { ElectionsService } from './elections.service';
import { ListEvents } from './list-events.port';
import { ElectionsOpenDataPort } from './open-data.port';

@Module({
  imports: [HistoryModule, CollectivitiesModule],
  providers: [
    ElectionsOpenDataPort,
    ElectionsRepository,
    ElectionsService,
    ListEvents,
    ElectionsLoaders,
    ElectionsResolver,
    CandidateListsResolver,
    SignatoriesResolver,
    CollectivityListsResolver,
  ],
  exports: [ElectionsOpenDataPort, ElectionsService, ElectionsLoaders, ListEvents],
})
export class ElectionsModule {}
