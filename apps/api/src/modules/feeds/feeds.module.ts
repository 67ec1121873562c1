import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { CollectivitiesModule } from '../collectivities/collectivities.module';
import { HistoryModule } from '../history/history.module';
import { DigestService } from './digest.service';
import { FeedEventsReader } from './feed-events.reader';
import { FeedsController } from './feeds.controller';
import { FeedsService } from './feeds.service';
import { FollowsRepository } from './follows.repository';
import { FollowsResolver, MeFollowingResolver } from './follows.resolver';
import { FollowsService } from './follows.service';

/** Atom feeds of the history, follows, and the weekly e-mail digest. */
@Module({
  imports: [AccountsModule, CollectivitiesModule, HistoryModule],
  controllers: [FeedsController],
  providers: [
    FeedEventsReader,
    FeedsService,
    FollowsRepository,
    FollowsService,
    DigestService,
    FollowsResolver,
    MeFollowingResolver,
  ],
  exports: [DigestService],
})
export class FeedsModule {}
