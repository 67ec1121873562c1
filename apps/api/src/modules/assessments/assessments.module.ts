import { AccountsModule } from '../accounts/accounts.module';
import { Module } from '@nestjs/common';
import { CollectivitiesModule } from '../collectivities/collectivities.module';
import { CommitmentsModule } from '../commitments/commitments.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { HistoryModule } from '../history/history.module';
import { ProgressModule } from '../progress/progress.module';
import { AssessmentsAccess } from './assessments.access';
import { AssessmentsLoaders } from './assessments.loaders';
import { AssessmentsRepository } from './assessments.repository';
import {
  ActionAssessmentsResolver,
  AssessmentRepliesResolver,
  AssessmentsResolver,
  CommitmentAuditedScoresResolver,
} from './assessments.resolver';
import { AssessmentsService } from './assessments.service';
import { CommitmentSectionsResolver, SectionAssessmentsResolver } from './section-assessments.resolver';
import { AssessmentsOpenDataPort } from './open-data.port';

@Module({
  imports: [HistoryModule, CollectivitiesModule, CommitmentsModule, EvidenceModule, AccountsModule, ProgressModule],
  providers: [
    AssessmentsOpenDataPort,
    AssessmentsAccess,
    AssessmentsRepository,
    AssessmentsService,
    AssessmentsLoaders,
    AssessmentsResolver,
    AssessmentRepliesResolver,
    ActionAssessmentsResolver,
    CommitmentAuditedScoresResolver,
    SectionAssessmentsResolver,
    CommitmentSectionsResolver,
  ],
  exports: [AssessmentsOpenDataPort, AssessmentsService],
})
export class AssessmentsModule {}
