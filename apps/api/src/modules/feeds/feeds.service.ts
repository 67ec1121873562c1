import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';
import { CollectivitiesService } from '../collectivities/collectivities.service';
import { FEED_SIZE, FeedUrls, feedDocument } from './feed-document';
import { FeedEventsReader } from './feed-events.reader';

/** The public Atom feeds, built from the history on every request: nothing to keep in sync. */
@Injectable()
export class FeedsService {
  readonly urls: FeedUrls;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly events: FeedEventsReader,
    private readonly collectivities: CollectivitiesService,
  ) {
    this.urls = new FeedUrls(config);
  }

  async national(now = new Date()): Promise<string> {
    return feedDocument({ collectivity: null }, await this.events.latest(null, FEED_SIZE), this.urls, now);
  }

  /** Null when there is no such collectivity. */
  async collectivity(id: string, now = new Date()): Promise<string | null> {
    const collectivity = await this.collectivities.findById(id);
    if (!collectivity) return null;
    const events = await this.events.latest(collectivity.id, FEED_SIZE);
    return feedDocument({ collectivity }, events, this.urls, now);
  }
}
