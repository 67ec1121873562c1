import { Module } from '@nestjs/common';
import { CollectivitiesModule } from '../collectivities/collectivities.module';
import { CommitmentsModule } from '../commitments/commitments.module';
import { ElectionsModule } from '../elections/elections.module';
import { HistoryModule } from '../history/history.module';
import { ProgressModule } from '../progress/progress.module';
import { StatisticsResolver } from './statistics.resolver';
import { StatisticsService } from './statistics.service';

/** National statistics: owns no table, reads the owners through their services. */
@Module({
  imports: [ElectionsModule, CommitmentsModule, CollectivitiesModule, ProgressModule, HistoryModule],
  providers: [StatisticsService, StatisticsResolver],
})
export class StatisticsModule {}
