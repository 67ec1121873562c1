import { Module } from '@nestjs/common';
import { DataVersionService } from './data-version.service';

/** The database's data version (table data_version, raised by triggers), for the caches of public reads. */
@Module({
  providers: [DataVersionService],
  exports: [DataVersionService],
})
export class DataVersionModule {}
