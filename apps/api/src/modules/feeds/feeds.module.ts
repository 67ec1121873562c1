import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { CollectivitiesModule } from '../collectivities/collectivities.module';
import { DigestService } from './digest.service';
import { FeedEventsRepository } from './feed-events.repository';
import { FeedsController } from './feeds.controller';
import { FeedsService } from './feeds.service';
import { FollowsRepository } from './follows.repository';
import { FollowsResolver, MeFollowingResolver } from './follows.resolver';
import { FollowsService } from './follows.service';

/** Atom feeds of the history, follows, and the weekly e-mail digest. */
@Module({
  imports: [AccountsModule, CollectivitiesModule],
  controllers: [FeedsController],
  providers: [
    FeedEventsRepository,
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
