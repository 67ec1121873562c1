import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';
import { AccountsService } from '../accounts/accounts.service';
import { MailService } from '../accounts/mail.service';
import { CollectivitiesService } from '../collectivities/collectivities.service';
import { digestMail } from './digest-mail';
import { FeedUrls } from './feed-document';
import { FeedEvent } from './feed-event';
import { FeedEventsReader } from './feed-events.reader';
import { FollowsRepository } from './follows.repository';

/** A follower who asked for the weekly digest, with the address to send it to. */
interface DigestSubscription {
  userId: string;
  email: string;
  collectivityId: string;
  collectivityName: string;
}

/** How far back a first digest looks, and how long after a digest the next one is due. */
export const DIGEST_PERIOD_MS = 7 * 24 * 3600 * 1000;
/** A digest is due again a little before a full week, so that a weekly cron a few minutes early still sends it. */
export const DIGEST_DUE_AFTER_MS = DIGEST_PERIOD_MS - 12 * 3600 * 1000;
/** However long since the last digest (cron stopped, digest turned back on), a digest covers 31 days at most. */
export const DIGEST_MAX_PERIOD_MS = 31 * 24 * 3600 * 1000;
/** At most this many changes of one collectivity in one digest (the newest); the feed has the rest. */
export const DIGEST_EVENTS_PER_COLLECTIVITY = 50;

export interface DigestReport {
  /** Followers with the digest on. */
  subscribers: number;
  sent: number;
  /** Followers whose collectivities did not change: no e-mail. */
  nothingToSend: number;
  /** Followers who got a digest less than a week ago: not due yet (a second run in the same week sends nothing). */
  notDue: number;
  /** E-mails the SMTP relay refused; the others were still sent. */
  failed: number;
}

/**
 * The weekly e-mail digest: to each follower who asked for it, the changes of the collectivities they follow, as the
 * feeds show them, since their last digest (the last 7 days for a first one, 31 days at most) up to `now`. Each digest
 * sent is recorded (`digest_delivery`): a follower who got one less than a week ago is skipped, so running the
 * `send-digests` command twice, or daily, sends each follower one digest a week and no change twice. A digest the
 * mail relay refused is not recorded, and goes out at the next run.
 */
@Injectable()
export class DigestService {
  private readonly logger = new Logger(DigestService.name);
  private readonly urls: FeedUrls;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly follows: FollowsRepository,
    private readonly events: FeedEventsReader,
    private readonly mail: MailService,
    private readonly accounts: AccountsService,
    private readonly collectivities: CollectivitiesService,
  ) {
    this.urls = new FeedUrls(config);
  }

  /**
   * Every follow with the digest on, by follower then collectivity name: the follows are this module's, the
   * addresses come from accounts and the names from collectivities, each asked once for all.
   */
  private async subscriptions(): Promise<DigestSubscription[]> {
    const follows = await this.follows.digestFollows();
    if (follows.length === 0) return [];
    const emails = await this.accounts.emailsOf([...new Set(follows.map((f) => f.userId))]);
    const byName = await this.collectivities.findByIds([...new Set(follows.map((f) => f.collectivityId))]);
    const place = new Map(byName.map((c, index) => [c.id, { name: c.name, index }]));
    return follows
      .flatMap((f) => {
        const email = emails.get(f.userId);
        const collectivity = place.get(f.collectivityId);
        return email && collectivity
          ? [{ ...f, email, collectivityName: collectivity.name, at: collectivity.index }]
          : [];
      })
      .sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : a.at - b.at))
      .map(({ at: _at, ...subscription }) => subscription);
  }

  async sendWeeklyDigests(now: Date): Promise<DigestReport> {
    const subscriptions = await this.subscriptions();
    const byUser = new Map<string, DigestSubscription[]>();
    for (const s of subscriptions) {
      if (!byUser.has(s.userId)) byUser.set(s.userId, []);
      byUser.get(s.userId)!.push(s);
    }
    const report: DigestReport = { subscribers: byUser.size, sent: 0, nothingToSend: 0, notDue: 0, failed: 0 };
    const lastEnds = await this.follows.lastDigestEnds([...byUser.keys()]);
    const due = new Map<string, { since: Date; followed: DigestSubscription[] }>();
    for (const [userId, followed] of byUser) {
      const lastEnd = lastEnds.get(userId);
      if (lastEnd && now.getTime() - lastEnd.getTime() < DIGEST_DUE_AFTER_MS) {
        report.notDue += 1;
        continue;
      }
      const since = lastEnd ?? new Date(now.getTime() - DIGEST_PERIOD_MS);
      due.set(userId, { since: new Date(Math.max(since.getTime(), now.getTime() - DIGEST_MAX_PERIOD_MS)), followed });
    }
    if (due.size === 0) return report;

    // One read for every follower due: from the earliest start among them; each digest keeps its own period.
    const earliest = new Date(Math.min(...[...due.values()].map((d) => d.since.getTime())));
    const collectivityIds = [...new Set([...due.values()].flatMap((d) => d.followed.map((s) => s.collectivityId)))];
    const events = await this.events.between(collectivityIds, earliest, now, DIGEST_EVENTS_PER_COLLECTIVITY);
    const eventsOf = new Map<string, FeedEvent[]>();
    for (const event of events) {
      if (!eventsOf.has(event.collectivityId)) eventsOf.set(event.collectivityId, []);
      eventsOf.get(event.collectivityId)!.push(event);
    }

    for (const [userId, { since, followed }] of due) {
      const mail = digestMail(
        followed[0].email,
        followed.map((s) => ({
          collectivityName: s.collectivityName,
          feedUrl: this.urls.collectivity(s.collectivityId),
          events: (eventsOf.get(s.collectivityId) ?? []).filter((e) => e.occurredAt > since),
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
      } catch (error) {
        // One refused address must not deprive the other followers of their digest; this one is tried next run.
        report.failed += 1;
        this.logger.error(
          `digest to user ${userId} not sent: ${error instanceof Error ? error.message : String(error)}`,
        );
        continue;
      }
      await this.follows.recordDigest(userId, since, now);
      report.sent += 1;
    }
    return report;
  }
}
