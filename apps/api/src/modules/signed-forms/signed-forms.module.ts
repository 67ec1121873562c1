import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { AccountsModule } from '../accounts/accounts.module';
import { ActorMiddleware } from '../accounts/actor.middleware';
import { ElectionsModule } from '../elections/elections.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { SignedFormsController } from './signed-forms.controller';
import { SignedFormsService } from './signed-forms.service';

/**
 * Signatories' signed forms (signed-forms.service.ts): private PDFs in the evidence files' store. A module of its own,
 * above elections and evidence (evidence depends on elections through commitments), owning no table: the file's
 * columns are the signatory's, written by ElectionsService.
 */
@Module({
  imports: [
    AccountsModule,
    ElectionsModule,
    EvidenceModule,
    // Memory storage: one file, of at most EVIDENCE_MAX_BYTES.
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ limits: { fileSize: config.evidence.maxBytes, files: 1 } }),
    }),
  ],
  controllers: [SignedFormsController],
  providers: [SignedFormsService],
})
export class SignedFormsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ActorMiddleware).forRoutes(SignedFormsController);
  }
}
