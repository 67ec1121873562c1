import { CollectivityKind, FEED_PATHS, collectivityPath } from '@pacte/pact';
import { AtomFeed, renderAtom } from './atom';
import { FEED_CATEGORY_LABELS, FeedEvent, describeEvent } from './feed-event';

/** How many entries a feed holds: the newest ones. */
export const FEED_SIZE = 100;

/** The public addresses of the feeds, under PUBLIC_URL (read at each call: it is settled once the app listens). */
export class FeedUrls {
  constructor(private readonly site: { readonly publicUrl: string }) {}

  private get publicUrl(): string {
    return this.site.publicUrl;
  }

  national(): string {
    return `${this.publicUrl}${FEED_PATHS.national}`;
  }

  collectivity(id: string): string {
    return `${this.publicUrl}${FEED_PATHS.collectivity(id)}`;
  }

  /** The dashboard's page of a collectivity, or (none given) its home page. */
  page(collectivity?: { kind: CollectivityKind; code: string }): string {
    return `${this.publicUrl}${collectivity ? collectivityPath(collectivity.kind, collectivity.code) : '/'}`;
  }

  /** A tag: URI (RFC 4151), stable whatever the scheme or port the site is served on. */
  tag(specific: string): string {
    return `tag:${new URL(this.publicUrl).hostname},2026:pacte/${specific}`;
  }
}

export interface FeedSubject {
  /** null: the national feed. */
  collectivity: { id: string; name: string; kind: CollectivityKind; code: string } | null;
}

/** The Atom document of a feed, from its events newest first; `now` dates an empty feed. */
export function feedDocument(subject: FeedSubject, events: FeedEvent[], urls: FeedUrls, now: Date): string {
  const c = subject.collectivity;
  const feed: AtomFeed = {
    id: urls.tag(c ? `feeds/collectivity/${c.id}` : 'feeds/national'),
    title: c ? `Pacte du Logiciel Libre — ${c.name}` : 'Pacte du Logiciel Libre — toutes les collectivités engagées',
    subtitle: c
      ? `Changements de statut, nouvelles preuves, audits et réponses\u00a0: ${c.name} (Changes of status, new evidence, assessments and replies)`
      : 'Changements de statut, nouvelles preuves, audits et réponses, dans toute la France (Changes of status, new evidence, assessments and replies, all over France)',
    updated: events[0]?.occurredAt ?? now,
    selfUrl: c ? urls.collectivity(c.id) : urls.national(),
    siteUrl: urls.page(c ?? undefined),
    lang: 'fr',
    author: 'Pacte du Logiciel Libre — suivi des engagements',
    entries: events.map((event) => {
      const words = describeEvent(event);
      return {
        id: urls.tag(`audit-event/${event.id}`),
        title: `${event.collectivityName} — ${words.headline.fr}`,
        updated: event.occurredAt,
        published: event.occurredAt,
        categories: [{ term: event.entityType, label: FEED_CATEGORY_LABELS[event.entityType] }],
        content: `${words.fr}\n\n— English —\n${words.en}`,
        link: urls.page({ kind: event.collectivityKind, code: event.collectivityCode }),
      };
    }),
  };
  return renderAtom(feed);
}
