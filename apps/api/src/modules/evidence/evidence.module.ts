import { Module } from '@nestjs/common';
import { CommitmentsModule } from '../commitments/commitments.module';
import { HistoryModule } from '../history/history.module';
import { EvidenceLoaders } from './evidence.loaders';
import { EvidenceRepository } from './evidence.repository';
import { ActionEvidenceResolver, CommitmentEvidenceResolver, EvidenceResolver } from './evidence.resolver';
import { EvidenceService } from './evidence.service';

@Module({
  imports: [HistoryModule, CommitmentsModule],
  providers: [
    EvidenceRepository,
    EvidenceService,
    EvidenceLoaders,
    EvidenceResolver,
    CommitmentEvidenceResolver,
    ActionEvidenceResolver,
  ],
  exports: [EvidenceService],
})
export class EvidenceModule {}
