import { Module } from '@nestjs/common';
import { CollectivitiesModule } from '../collectivities/collectivities.module';
import { HistoryModule } from '../history/history.module';
import { CommitmentsAccess } from './commitments.access';
import { CommitmentsLoaders } from './commitments.loaders';
import { CommitmentsRepository } from './commitments.repository';
import { CollectivityCommitmentsResolver, CommitmentsResolver } from './commitments.resolver';
import { CommitmentsService } from './commitments.service';

@Module({
  imports: [HistoryModule, CollectivitiesModule],
  providers: [
    CommitmentsAccess,
    CommitmentsRepository,
    CommitmentsService,
    CommitmentsLoaders,
    CommitmentsResolver,
    CollectivityCommitmentsResolver,
  ],
  exports: [CommitmentsAccess, CommitmentsRepository, CommitmentsService, CommitmentsLoaders],
})
export class CommitmentsModule {}
