import { Module } from '@nestjs/common';
import { EventProjections } from './event-projections.port';
import { HistoryController } from './history.controller';
import { HistoryRepository } from './history.repository';
import { HistoryService } from './history.service';
import { UnitOfWork } from './unit-of-work';
import { HistoryOpenDataPort } from './open-data.port';

@Module({
  controllers: [HistoryController],
  providers: [HistoryOpenDataPort, HistoryRepository, HistoryService, UnitOfWork, EventProjections],
  exports: [HistoryOpenDataPort, HistoryService, UnitOfWork, EventProjections],
})
export class HistoryModule {}
