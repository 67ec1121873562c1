import { Module } from '@nestjs/common';
import { CollectivitiesModule } from '../collectivities/collectivities.module';
import { CommitmentsModule } from '../commitments/commitments.module';
import { ElectionsModule } from '../elections/elections.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { ProgressModule } from '../progress/progress.module';
import { DemoSeeder } from './demo.seeder';

@Module({
  imports: [CollectivitiesModule, CommitmentsModule, ElectionsModule, ProgressModule, EvidenceModule],
  providers: [DemoSeeder],
  exports: [DemoSeeder],
})
export class DemoModule {}
