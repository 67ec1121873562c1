import { Module } from '@nestjs/common';
import { CommitmentsModule } from '../commitments/commitments.module';
import { HistoryModule } from '../history/history.module';
import { ProgressLoaders } from './progress.loaders';
import { ProgressRepository } from './progress.repository';
import { CommitmentProgressResolver, MilestonesResolver, ProgressResolver } from './progress.resolver';
import { ProgressService } from './progress.service';
import { ProgressOpenDataPort } from './open-data.port';

@Module({
  imports: [HistoryModule, CommitmentsModule],
  providers: [
    ProgressOpenDataPort,
    ProgressRepository,
    ProgressService,
    ProgressLoaders,
    ProgressResolver,
    MilestonesResolver,
    CommitmentProgressResolver,
  ],
  exports: [ProgressOpenDataPort, ProgressService, ProgressLoaders],
})
export class ProgressModule {}
