import { frenchTypographyProblems } from '@pacte/pact';
import { digestMail } from './digest-mail';
import { FeedUrls, feedDocument } from './feed-document';
import { FEED_CATEGORY_LABELS, FeedEvent, describeEvent } from './feed-event';

function event(overrides: Partial<FeedEvent>): FeedEvent {
  return {
    id: '1',
    occurredAt: new Date('2026-05-12T09:30:00Z'),
    collectivityId: 'c',
    collectivityName: 'Échirolles',
    collectivityKind: 'COMMUNE',
    collectivityCode: '38151',
    entityType: 'ActionProgress',
    entityId: 'x',
    action: 'CREATE',
    before: null,
    after: null,
    ...overrides,
  };
}

describe('describeEvent', () => {
  it('tells a status change in French and English, with the action’s title', () => {
    const words = describeEvent(
      event({
        action: 'UPDATE',
        before: { actionCode: '1.1', status: 'IN_PROGRESS' },
        after: { actionCode: '1.1', status: 'DONE', progress: 100 },
      }),
    );
    expect(words.headline.fr).toMatch(/^action 1\.1 «\s.+\s»\s: En cours → Réalisée$/);
    expect(words.headline.en).toMatch(/^action 1\.1 “.+”: In progress → Done$/);
    expect(words.fr).toContain('Statut\u00a0: En cours → Réalisée (100\u00a0%)');
  });

  it('tells a revised verdict, who gave it, and a reply with the role that signs it', () => {
    const assessment = describeEvent(
      event({
        entityType: 'Assessment',
        before: { actionCode: '2.1', verdict: 'PARTIAL' },
        after: { actionCode: '2.1', verdict: 'KEPT', association: 'April', justification: 'Vu', evidenceIds: ['e'] },
      }),
    );
    expect(assessment.headline.fr).toMatch(/audit de l’action 2\.1 .+\s: Tenu \(révisé, était\s: Partiel\)$/);
    expect(assessment.fr).toContain('Par\u00a0: April');
    expect(assessment.fr).toContain('Preuves citées\u00a0: 1');
    const reply = describeEvent(
      event({
        entityType: 'AssessmentReply',
        after: { actionCode: '2.1', verdict: 'KEPT', authorRole: 'ELECTED_OFFICIAL', text: 'Merci' },
      }),
    );
    expect(reply.fr).toContain('Réponse de la collectivité (élu·e)\u00a0: Merci');
    expect(reply.en).toContain('Reply from the collectivity (elected official): Merci');
  });

  it('dates a piece of evidence in words', () => {
    const words = describeEvent(
      event({
        entityType: 'Evidence',
        after: { kind: 'PRESS_ARTICLE', date: '2026-03-01', title: 'Article', actionCodes: [] },
      }),
    );
    expect(words.fr).toMatch(/du 1er mars 2026\s: Article/);
    expect(words.en).toContain('of 1 March 2026: Article');
  });

  it('does not fail on entries of an unexpected shape', () => {
    for (const entityType of ['ActionProgress', 'Evidence', 'Assessment', 'AssessmentReply'] as const) {
      expect(() => describeEvent(event({ entityType, after: { actionCode: 42, status: 'NOPE' } }))).not.toThrow();
      expect(() => describeEvent(event({ entityType, after: null }))).not.toThrow();
    }
  });
});

describe('digestMail', () => {
  const since = new Date('2026-05-05T07:00:00Z');
  const until = new Date('2026-05-12T07:00:00Z');

  it('is null when no followed collectivity changed', () => {
    expect(digestMail('a@example.org', [{ collectivityName: 'X', feedUrl: 'u', events: [] }], since, until)).toBeNull();
  });

  it('lists the changes by collectivity, French first, with each feed', () => {
    const mail = digestMail(
      'a@example.org',
      [
        { collectivityName: 'Grenoble', feedUrl: 'https://p/feeds/g.atom', events: [] },
        {
          collectivityName: 'Échirolles',
          feedUrl: 'https://p/feeds/e.atom',
          events: [event({ after: { actionCode: '1.1', status: 'PLANNED' } })],
        },
      ],
      since,
      until,
    )!;
    expect(mail.to).toBe('a@example.org');
    expect(mail.subject).toBe('Pacte du Logiciel Libre\u00a0: 1 changement cette semaine (weekly digest)');
    expect(mail.text).toContain('du 5 mai 2026 au 12 mai 2026');
    expect(mail.text).toContain('Échirolles (1)\n- 12 mai 2026 — action 1.1');
    expect(mail.text).not.toContain('Grenoble');
    expect(mail.text).toContain('Here are the changes from 5 May 2026 to 12 May 2026');
    expect(mail.text.indexOf('Flux Atom\u00a0: https://p/feeds/e.atom')).toBeLessThan(mail.text.indexOf('— English —'));
  });

  it('dates each change by its day in France, not in UTC', () => {
    // 23:30 UTC on 11 May is 01:30 on 12 May in Paris (summer time).
    const late = event({ occurredAt: new Date('2026-05-11T23:30:00Z'), after: { actionCode: '1.1', status: 'DONE' } });
    const mail = digestMail(
      'a@example.org',
      [{ collectivityName: 'Échirolles', feedUrl: 'u', events: [late] }],
      since,
      until,
    )!;
    expect(mail.text).toContain('Échirolles (1)\n- 12 mai 2026 — action 1.1');
    expect(mail.text).not.toContain('11 mai 2026');
  });
});

/** The house rules for French (libs/pact french/typography), as the dashboard's messages follow them. */
const problemsOf = (texts: [string, string][]) =>
  texts.flatMap(([where, text]) => frenchTypographyProblems(text).map((p) => ({ where, ...p })));

const FEED_EVENTS: FeedEvent[] = [
  event({
    action: 'UPDATE',
    before: { actionCode: '1.1', status: 'IN_PROGRESS' },
    after: { actionCode: '1.1', status: 'DONE', progress: 100, justification: 'Votée le 12 mai.' },
  }),
  event({
    entityType: 'Evidence',
    after: {
      kind: 'COUNCIL_DELIBERATION',
      date: '2026-05-12',
      title: 'Délibération n° 42',
      actionCodes: ['1.1', '1.2'],
      url: 'https://example.org/2026-05-12/deliberation.pdf',
      description: 'Adoptée à l’unanimité.',
    },
  }),
  event({
    entityType: 'Assessment',
    action: 'UPDATE',
    before: { actionCode: '2.1', verdict: 'PARTIAL' },
    after: { actionCode: '2.1', verdict: 'KEPT', association: 'April', justification: 'Vu', evidenceIds: ['e'] },
  }),
  event({
    entityType: 'AssessmentReply',
    after: { actionCode: '2.1', verdict: 'KEPT', authorRole: 'IT_MANAGER', text: 'Merci.' },
  }),
];

describe('the French of the feeds and the digest', () => {
  it('holds in the feeds and their entries', () => {
    const urls = new FeedUrls({ publicUrl: 'https://pacte.example.org' });
    const texts: [string, string][] = [];
    for (const e of FEED_EVENTS) {
      const words = describeEvent(e);
      texts.push([`${e.entityType} headline`, words.headline.fr], [`${e.entityType} details`, words.fr]);
    }
    texts.push(...Object.entries(FEED_CATEGORY_LABELS));
    for (const collectivity of [null, { id: 'c', name: 'Échirolles', kind: 'COMMUNE' as const, code: '38151' }]) {
      const xml = feedDocument({ collectivity }, FEED_EVENTS, urls, new Date('2026-05-12T10:00:00Z'));
      for (const [, tag, text] of xml.matchAll(/<(title|subtitle)[^>]*>([^<]*)</g)) texts.push([tag, text]);
    }
    expect(problemsOf(texts)).toEqual([]);
  });

  it('holds in the weekly digest', () => {
    const digest = digestMail(
      'a@example.org',
      [{ collectivityName: 'Échirolles', feedUrl: 'https://pacte.example.org/feeds/c.atom', events: FEED_EVENTS }],
      new Date('2026-06-01T07:00:00Z'),
      new Date('2026-06-08T07:00:00Z'),
    )!;
    expect(
      problemsOf([
        ['digest subject', digest.subject.replace(/\(weekly digest\)/, '')],
        ['digest', digest.text.split('— English —')[0]],
      ]),
    ).toEqual([]);
  });
});
