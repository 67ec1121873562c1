import { Module } from '@nestjs/common';
import { HistoryModule } from '../history/history.module';
import { CollectivitiesLoaders } from './collectivities.loaders';
import { CollectivitiesRepository } from './collectivities.repository';
import { CollectivitiesResolver } from './collectivities.resolver';
import { CollectivitiesService } from './collectivities.service';
import { CollectivityHistoryResolver } from './collectivity-history.resolver';

@Module({
  imports: [HistoryModule],
  providers: [
    CollectivitiesRepository,
    CollectivitiesService,
    CollectivitiesLoaders,
    CollectivitiesResolver,
    CollectivityHistoryResolver,
  ],
  exports: [CollectivitiesService, CollectivitiesLoaders],
})
export class CollectivitiesModule {}
