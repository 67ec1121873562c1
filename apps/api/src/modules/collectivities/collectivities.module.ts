import { Module } from '@nestjs/common';
import { HistoryModule } from '../history/history.module';
import { CollectivitiesLoaders } from './collectivities.loaders';
import { CollectivitiesRepository } from './collectivities.repository';
import { CollectivitiesResolver } from './collectivities.resolver';
import { CollectivitiesService } from './collectivities.service';
import { CollectivityHistoryResolver } from './collectivity-history.resolver';
import { CollectivitiesOpenDataPort } from './open-data.port';

@Module({
  imports: [HistoryModule],
  providers: [
    CollectivitiesOpenDataPort,
    CollectivitiesRepository,
    CollectivitiesService,
    CollectivitiesLoaders,
    CollectivitiesResolver,
    CollectivityHistoryResolver,
  ],
  exports: [CollectivitiesOpenDataPort, CollectivitiesService, CollectivitiesLoaders],
})
export class CollectivitiesModule {}
