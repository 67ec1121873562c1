import { Module } from '@nestjs/common';
import { CollectivitiesModule } from '../collectivities/collectivities.module';
import { CommitmentsModule } from '../commitments/commitments.module';
import { DataVersionModule } from '../data-version/data-version.module';
import { ElectionsModule } from '../elections/elections.module';
import { HistoryModule } from '../history/history.module';
import { ProgressModule } from '../progress/progress.module';
import { StatisticsProjection } from './statistics.projection';
import { StatisticsRebuild } from './statistics-rebuild';
import { StatisticsRepository } from './statistics.repository';
import { StatisticsResolver } from './statistics.resolver';
import { StatisticsService } from './statistics.service';

/**
 * National statistics: owns the aggregates statistics_commitment and statistics_month, kept by the writes (projection)
 * and rebuilt when stale; reads signatures and places from their owners through their services.
 */
@Module({
  imports: [ElectionsModule, CommitmentsModule, CollectivitiesModule, ProgressModule, HistoryModule, DataVersionModule],
  providers: [StatisticsRepository, StatisticsProjection, StatisticsRebuild, StatisticsService, StatisticsResolver],
  exports: [StatisticsService],
})
export class StatisticsModule {}
