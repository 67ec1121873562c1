import { Module } from '@nestjs/common';
import { CollectivitiesModule } from '../collectivities/collectivities.module';
import { CommitmentsModule } from '../commitments/commitments.module';
import { StatisticsModule } from '../statistics/statistics.module';
import { SharePagesService } from './share-pages.service';

/**
 * What makes the site easy to share: the server-rendered head of each dashboard page (title, description,
 * OpenGraph, feeds). Reads collectivities, commitments and the stored scores through their services.
 */
@Module({
  imports: [CollectivitiesModule, CommitmentsModule, StatisticsModule],
  providers: [SharePagesService],
  exports: [SharePagesService],
})
export class ShareModule {}
