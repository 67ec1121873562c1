import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { AccountsModule } from '../accounts/accounts.module';
import { ActorMiddleware } from '../accounts/actor.middleware';
import { CollectivitiesModule } from '../collectivities/collectivities.module';
import { CommitmentsModule } from '../commitments/commitments.module';
import { ElectionsModule } from '../elections/elections.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { HistoryModule } from '../history/history.module';
import { ReviewModule } from '../review/review.module';
import { DeclarationsController } from './declarations.controller';
import { DeclarationsResolver, MeDeclarationsResolver } from './declarations.resolver';
import { DeclarationsService } from './declarations.service';

/**
 * Declared commitments (declarations.service.ts): queued for review, accepted into a commitment with its evidence.
 * A module of its own, above commitments and evidence (evidence already depends on commitments), owning no table.
 */
@Module({
  imports: [
    HistoryModule,
    AccountsModule,
    CollectivitiesModule,
    CommitmentsModule,
    ElectionsModule,
    EvidenceModule,
    ReviewModule,
    // Memory storage: one file, of at most EVIDENCE_MAX_BYTES (it becomes evidence once accepted).
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ limits: { fileSize: config.evidence.maxBytes, files: 1 } }),
    }),
  ],
  controllers: [DeclarationsController],
  providers: [DeclarationsService, DeclarationsResolver, MeDeclarationsResolver],
})
export class DeclarationsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ActorMiddleware).forRoutes(DeclarationsController);
  }
}
