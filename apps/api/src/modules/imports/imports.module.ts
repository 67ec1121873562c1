import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { ActorMiddleware } from '../accounts/actor.middleware';
import { CollectivitiesModule } from '../collectivities/collectivities.module';
import { CommitmentsModule } from '../commitments/commitments.module';
import { ElectionsModule } from '../elections/elections.module';
import { HistoryModule } from '../history/history.module';
import { ProgressModule } from '../progress/progress.module';
import type { Importer } from './engine/importer';
import { IMPORTER_CLASSES, IMPORTERS } from './importers';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';

/**
 * CSV imports (signatures, progress; the Ministry's files): one engine (`ImportsService`) for the command line and
 * the desk; each importer writes through the services of the modules that own the records.
 */
@Module({
  imports: [HistoryModule, AccountsModule, CollectivitiesModule, ElectionsModule, CommitmentsModule, ProgressModule],
  providers: [
    ...IMPORTER_CLASSES,
    { provide: IMPORTERS, useFactory: (...importers: Importer[]) => importers, inject: [...IMPORTER_CLASSES] },
    ImportsService,
  ],
  controllers: [ImportsController],
  exports: [ImportsService],
})
export class ImportsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ActorMiddleware).forRoutes(ImportsController);
  }
}
