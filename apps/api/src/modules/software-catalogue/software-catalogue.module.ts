import { Module } from '@nestjs/common';
import { SoftwareCatalogueLoaders } from './software-catalogue.loaders';
import { SoftwareCatalogueRepository } from './software-catalogue.repository';
import { SoftwareCatalogueResolver } from './software-catalogue.resolver';
import { SoftwareCatalogueService } from './software-catalogue.service';
import { SoftwareCatalogueOpenDataPort } from './open-data.port';

@Module({
  providers: [
    SoftwareCatalogueOpenDataPort,
    SoftwareCatalogueRepository,
    SoftwareCatalogueService,
    SoftwareCatalogueLoaders,
    SoftwareCatalogueResolver,
  ],
  exports: [SoftwareCatalogueOpenDataPort, SoftwareCatalogueService, SoftwareCatalogueLoaders],
})
export class SoftwareCatalogueModule {}
