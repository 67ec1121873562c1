import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';
import { AccountsModule } from '../accounts/accounts.module';
import { ActorMiddleware } from '../accounts/actor.middleware';
import { CommitmentsModule } from '../commitments/commitments.module';
import { HistoryModule } from '../history/history.module';
import { EvidenceFilesController } from './evidence-files.controller';
import { EvidenceFilesService } from './evidence-files.service';
import { EvidenceFilesPort } from './files.port';
import { EvidenceLoaders } from './evidence.loaders';
import { EvidenceRepository } from './evidence.repository';
import { ActionEvidenceResolver, CommitmentEvidenceResolver, EvidenceResolver } from './evidence.resolver';
import { EvidenceService } from './evidence.service';
import { EVIDENCE_STORAGE } from './files/evidence-storage';
import { createEvidenceStorage } from './files/storage.factory';
import { EvidenceOpenDataPort } from './open-data.port';

@Module({
  imports: [
    HistoryModule,
    CommitmentsModule,
    AccountsModule,
    // Memory storage (multer's default): one file, of at most EVIDENCE_MAX_BYTES.
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        limits: { fileSize: config.evidence.maxBytes, files: 1 },
      }),
    }),
  ],
  controllers: [EvidenceFilesController],
  providers: [
    EvidenceOpenDataPort,
    EvidenceRepository,
    EvidenceService,
    EvidenceFilesService,
    EvidenceFilesPort,
    EvidenceLoaders,
    EvidenceResolver,
    CommitmentEvidenceResolver,
    ActionEvidenceResolver,
    { provide: EVIDENCE_STORAGE, inject: [APP_CONFIG], useFactory: createEvidenceStorageFor },
  ],
  exports: [EvidenceOpenDataPort, EvidenceService, EvidenceFilesService, EvidenceFilesPort, EvidenceLoaders],
})
export class EvidenceModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ActorMiddleware).forRoutes(EvidenceFilesController);
  }
}

function createEvidenceStorageFor(config: AppConfig) {
  return createEvidenceStorage(config.evidence);
}
