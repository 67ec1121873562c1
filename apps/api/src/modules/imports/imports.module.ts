import { Module } from '@nestjs/common';
import { CollectivitiesModule } from '../collectivities/collectivities.module';
import { ElectionsModule } from '../elections/elections.module';
import { HistoryModule } from '../history/history.module';
import type { Importer } from './engine/importer';
import { IMPORTER_CLASSES, IMPORTERS } from './importers';
import { ImportsService } from './imports.service';

/**
 * CSV imports (signatures, progress; the Ministry's files): one engine (`ImportsService`) for the command line and
 * the desk; each importer writes through the services of the modules that own the records.
 */
@Module({
  imports: [HistoryModule, CollectivitiesModule, ElectionsModule],
  providers: [
    ...IMPORTER_CLASSES,
    { provide: IMPORTERS, useFactory: (...importers: Importer[]) => importers, inject: [...IMPORTER_CLASSES] },
    ImportsService,
  ],
  exports: [ImportsService],
})
export class ImportsModule {}
