import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';
import { MailService } from '../accounts/mail.service';
import { digestMail } from './digest-mail';
import { FeedUrls } from './feed-document';
import { FeedEvent } from './feed-event';
import { FeedEventsRepository } from './feed-events.repository';
import { DigestSubscription, FollowsRepository } from './follows.repository';

/** How far back a digest looks. */
export const DIGEST_PERIOD_MS = 7 * 24 * 3600 * 1000;
/** At most this many changes of one collectivity in one digest (the newest); the feed has the rest. */
export const DIGEST_EVENTS_PER_COLLECTIVITY = 50;

export interface DigestReport {
  /** Followers with the digest on. */
  subscribers: number;
  sent: number;
  /** Followers whose collectivities did not change: no e-mail. */
  nothingToSend: number;
  /** E-mails the SMTP relay refused; the others were still sent. */
  failed: number;
}

/**
 * The weekly e-mail digest: to each follower who asked for it, the changes of the last 7 days (up to `now`) of the
 * collectivities they follow, as the feeds show them. Stateless: it keeps no record of what was sent, so run it once
 * a week (the `send-digests` command, from cron); running it twice sends twice.
 */
@Injectable()
export class DigestService {
  private readonly logger = new Logger(DigestService.name);
  private readonly urls: FeedUrls;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly follows: FollowsRepository,
    private readonly events: FeedEventsRepository,
    private readonly mail: MailService,
  ) {
    this.urls = new FeedUrls(config.publicUrl);
  }

  async sendWeeklyDigests(now: Date): Promise<DigestReport> {
    const since = new Date(now.getTime() - DIGEST_PERIOD_MS);
    const subscriptions = await this.follows.digestSubscriptions();
    const collectivityIds = [...new Set(subscriptions.map((s) => s.collectivityId))];
    const events = await this.events.between(collectivityIds, since, now, DIGEST_EVENTS_PER_COLLECTIVITY);
    const eventsOf = new Map<string, FeedEvent[]>();
    for (const event of events) {
      if (!eventsOf.has(event.collectivityId)) eventsOf.set(event.collectivityId, []);
      eventsOf.get(event.collectivityId)!.push(event);
    }
    const byUser = new Map<string, DigestSubscription[]>();
    for (const s of subscriptions) {
      if (!byUser.has(s.userId)) byUser.set(s.userId, []);
      byUser.get(s.userId)!.push(s);
    }

    const report: DigestReport = { subscribers: byUser.size, sent: 0, nothingToSend: 0, failed: 0 };
    for (const [userId, followed] of byUser) {
      const mail = digestMail(
        followed[0].email,
        followed.map((s) => ({
          collectivityName: s.collectivityName,
          feedUrl: this.urls.collectivity(s.collectivityId),
          events: eventsOf.get(s.collectivityId) ?? [],
        })),
        since,
        now,
      );
      if (!mail) {
        report.nothingToSend += 1;
        continue;
      }
      try {
        await this.mail.send(mail);
        report.sent += 1;
      } catch (error) {
        // One refused address must not deprive the other followers of their digest.
        report.failed += 1;
        this.logger.error(`digest to user ${userId} not sent: ${error instanceof Error ? error.message : error}`);
      }
    }
    return report;
  }
}
