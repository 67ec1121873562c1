import { Module } from '@nestjs/common';
import { CollectivitiesModule } from '../collectivities/collectivities.module';
import { DirectoryRepository } from './directory.repository';
import { DirectoryResolver } from './directory.resolver';
import { DirectoryService } from './directory.service';

/** Lists people browse and share (committed collectivities); owns no table, reads across in SQL. */
@Module({
  imports: [CollectivitiesModule],
  providers: [DirectoryRepository, DirectoryService, DirectoryResolver],
  exports: [DirectoryService],
})
export class DirectoryModule {}
