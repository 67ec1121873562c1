import { Module } from '@nestjs/common';
import { CollectivitiesModule } from '../collectivities/collectivities.module';
import { ElectionsModule } from '../elections/elections.module';
import { HistoryModule } from '../history/history.module';
import { CommitmentsAccess } from './commitments.access';
import { CommitmentsLoaders } from './commitments.loaders';
import { CommitmentsRepository } from './commitments.repository';
import { CollectivityCommitmentsResolver, CommitmentsResolver } from './commitments.resolver';
import { CommitmentsService } from './commitments.service';

@Module({
  imports: [HistoryModule, CollectivitiesModule, ElectionsModule],
  providers: [
    CommitmentsAccess,
    CommitmentsRepository,
    CommitmentsService,
    CommitmentsLoaders,
    CommitmentsResolver,
    CollectivityCommitmentsResolver,
  ],
  exports: [CommitmentsAccess, CommitmentsService, CommitmentsLoaders],
})
export class CommitmentsModule {}
