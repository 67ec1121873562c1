import { Module } from '@nestjs/common';
import { HistoryController } from './history.controller';
import { HistoryRepository } from './history.repository';
import { HistoryService } from './history.service';
import { UnitOfWork } from './unit-of-work';

@Module({
  controllers: [HistoryController],
  providers: [HistoryRepository, HistoryService, UnitOfWork],
  exports: [HistoryService, UnitOfWork],
})
export class HistoryModule {}
