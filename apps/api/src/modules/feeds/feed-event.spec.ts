import { digestMail } from './digest-mail';
import { FeedEvent, describeEvent } from './feed-event';

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
    expect(words.headline.fr).toMatch(/^action 1\.1 « .+ » : En cours → Réalisée$/);
    expect(words.headline.en).toMatch(/^action 1\.1 “.+”: In progress → Done$/);
    expect(words.fr).toContain('Statut : En cours → Réalisée (100 %)');
  });

  it('tells a revised verdict, who gave it, and a reply with the role that signs it', () => {
    const assessment = describeEvent(
      event({
        entityType: 'Assessment',
        before: { actionCode: '2.1', verdict: 'PARTIAL' },
        after: { actionCode: '2.1', verdict: 'KEPT', association: 'April', justification: 'Vu', evidenceIds: ['e'] },
      }),
    );
    expect(assessment.headline.fr).toMatch(/audit de l’action 2\.1 .+ : Tenu \(révisé, était : Partiel\)$/);
    expect(assessment.fr).toContain('Par : April');
    expect(assessment.fr).toContain('Preuves citées : 1');
    const reply = describeEvent(
      event({
        entityType: 'AssessmentReply',
        after: { actionCode: '2.1', verdict: 'KEPT', authorRole: 'ELECTED_OFFICIAL', text: 'Merci' },
      }),
    );
    expect(reply.fr).toContain('Réponse de la collectivité (élu·e) : Merci');
    expect(reply.en).toContain('Reply from the collectivity (elected official): Merci');
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
    expect(mail.subject).toBe('Pacte du Logiciel Libre : 1 changement cette semaine (weekly digest)');
    expect(mail.text).toContain('du 05/05/2026 au 12/05/2026');
    expect(mail.text).toContain('Échirolles (1)\n- 12/05/2026 — action 1.1');
    expect(mail.text).not.toContain('Grenoble');
    expect(mail.text.indexOf('Flux Atom : https://p/feeds/e.atom')).toBeLessThan(mail.text.indexOf('— English —'));
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
    expect(mail.text).toContain('Échirolles (1)\n- 12/05/2026 — action 1.1');
    expect(mail.text).not.toContain('11/05/2026');
  });
});
