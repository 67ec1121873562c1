import { Module } from '@nestjs/common';
import { HistoryController } from './history.controller';
import { HistoryRepository } from './history.repository';
import { HistoryService } from './history.service';
import { UnitOfWork } from './unit-of-work';
import { HistoryOpenDataPort } from './open-data.port';

@Module({
  controllers: [HistoryController],
  providers: [HistoryOpenDataPort, HistoryRepository, HistoryService, UnitOfWork],
  exports: [HistoryOpenDataPort, HistoryService, UnitOfWork],
})
export class HistoryModule {}
