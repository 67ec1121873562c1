import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { CollectivitiesModule } from '../collectivities/collectivities.module';
import { HistoryModule } from '../history/history.module';
import { ReviewHandlers } from './review-handlers.port';
import { ReviewRepository } from './review.repository';
import { ReviewResolver } from './review.resolver';
import { ReviewQueueService } from './review.service';

/** The review queue (`review_item`): see review.service.ts. Other modules queue items and register handlers. */
@Module({
  imports: [HistoryModule, CollectivitiesModule, AccountsModule],
  providers: [ReviewRepository, ReviewQueueService, ReviewHandlers, ReviewResolver],
  exports: [ReviewQueueService, ReviewHandlers],
})
export class ReviewModule {}
