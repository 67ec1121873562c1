import { Module } from '@nestjs/common';
import { HistoryRepository } from './history.repository';
import { CollectivityHistoryResolver } from './history.resolver';
import { HistoryService } from './history.service';

@Module({
  providers: [HistoryRepository, HistoryService, CollectivityHistoryResolver],
  exports: [HistoryService],
})
export class HistoryModule {}
