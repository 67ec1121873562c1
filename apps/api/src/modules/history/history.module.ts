import { Module } from '@nestjs/common';
import { HistoryController } from './history.controller';
import { HistoryRepository } from './history.repository';
import { CollectivityHistoryResolver } from './history.resolver';
import { HistoryService } from './history.service';

@Module({
  controllers: [HistoryController],
  providers: [HistoryRepository, HistoryService, CollectivityHistoryResolver],
  exports: [HistoryService],
})
export class HistoryModule {}
