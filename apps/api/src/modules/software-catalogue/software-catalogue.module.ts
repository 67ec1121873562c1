import { Module } from '@nestjs/common';
import { SoftwareCatalogueLoaders } from './software-catalogue.loaders';
import { SoftwareCatalogueRepository } from './software-catalogue.repository';
import { SoftwareCatalogueResolver } from './software-catalogue.resolver';
import { SoftwareCatalogueService } from './software-catalogue.service';

@Module({
  providers: [
    SoftwareCatalogueRepository,
    SoftwareCatalogueService,
    SoftwareCatalogueLoaders,
    SoftwareCatalogueResolver,
  ],
  exports: [SoftwareCatalogueService, SoftwareCatalogueLoaders],
})
export class SoftwareCatalogueModule {}
