import { Module } from '@nestjs/common';
import { CollectivitiesModule } from '../collectivities/collectivities.module';
import { CommitmentsModule } from '../commitments/commitments.module';
import { ElectionsModule } from '../elections/elections.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { ProgressModule } from '../progress/progress.module';
import { AccountsModule } from '../accounts/accounts.module';
import { DemoAccounts } from './demo-accounts';
import { DemoSeeder } from './demo.seeder';

@Module({
  imports: [AccountsModule, CollectivitiesModule, CommitmentsModule, ElectionsModule, ProgressModule, EvidenceModule],
  providers: [DemoSeeder, DemoAccounts],
  exports: [DemoSeeder, DemoAccounts],
})
export class DemoModule {}
