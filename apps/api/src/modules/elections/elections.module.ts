import { Module } from '@nestjs/common';
import { CollectivitiesModule } from '../collectivities/collectivities.module';
import { HistoryModule } from '../history/history.module';
import { ReviewModule } from '../review/review.module';
import { ElectionsAccess } from './elections.access';
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
import { MinistryListsService } from './ministry-lists.service';
import { ElectionsOpenDataPort } from './open-data.port';

@Module({
  imports: [HistoryModule, CollectivitiesModule, ReviewModule],
  providers: [
    ElectionsOpenDataPort,
    ElectionsAccess,
    ElectionsRepository,
    ElectionsService,
    ListEvents,
    MinistryListsService,
    ElectionsLoaders,
    ElectionsResolver,
    CandidateListsResolver,
    SignatoriesResolver,
    CollectivityListsResolver,
  ],
  exports: [ElectionsOpenDataPort, ElectionsService, ElectionsLoaders, ListEvents, MinistryListsService],
})
export class ElectionsModule {}
