import {
  ASSESSMENT_VERDICTS,
  ASSESSMENT_VERDICT_LABELS,
  AssessmentVerdict,
  combinedVerdict,
  computeAuditedScores,
  verdictScore,
} from './assessment';
import { getCatalogue } from './catalogue/catalogue';
import { computeScores, roundScore } from './scoring';

describe('verdictScore', () => {
  it.each([
    ['KEPT', 1],
    ['PARTIAL', 0.5],
    ['NOT_ATTESTED', 0],
    ['UNVERIFIABLE', null],
    ['ABANDONED', 0],
  ] as const)('scores %s as %p', (verdict, expected) => {
    expect(verdictScore(verdict)).toBe(expected);
  });

  it('labels verdicts with the words auditors use', () => {
    expect(ASSESSMENT_VERDICTS.map((v) => ASSESSMENT_VERDICT_LABELS[v].fr)).toEqual([
      'Tenu',
      'Partiel',
      'Non attesté',
      'Invérifiable',
      'Abandonné',
    ]);
  });

  it('rejects an unknown verdict', () => {
    expect(() => verdictScore('MAYBE' as never)).toThrow(/Unknown assessment verdict/);
  });
});

const on = (actionCode: string, verdict: AssessmentVerdict, assessedOn = '2026-05-01', recordedAt?: string) => ({
  actionCode,
  verdict,
  assessedOn,
  recordedAt,
});

describe('combinedVerdict', () => {
  it('is null when nobody assessed the action', () => {
    expect(combinedVerdict([])).toBeNull();
  });

  it('keeps the most recent verdict across auditors, by day then by recording time', () => {
    expect(combinedVerdict([on('2.4', 'KEPT', '2026-05-02'), on('2.4', 'NOT_ATTESTED', '2026-04-01')])).toBe('KEPT');
    expect(combinedVerdict([on('2.4', 'KEPT', '2026-04-01'), on('2.4', 'NOT_ATTESTED', '2026-05-02')])).toBe(
      'NOT_ATTESTED',
    );
    expect(
      combinedVerdict([
        on('2.4', 'PARTIAL', '2026-05-01', '2026-05-01T10:00:00.000Z'),
        on('2.4', 'KEPT', '2026-05-01', '2026-05-01T09:00:00.000Z'),
      ]),
    ).toBe('PARTIAL');
  });

  it('does not let an unverifiable verdict erase another auditor’s verdict', () => {
    expect(combinedVerdict([on('2.4', 'PARTIAL', '2026-04-01'), on('2.4', 'UNVERIFIABLE', '2026-05-02')])).toBe(
      'PARTIAL',
    );
    expect(combinedVerdict([on('2.4', 'UNVERIFIABLE'), on('2.4', 'UNVERIFIABLE', '2026-06-01')])).toBe('UNVERIFIABLE');
  });
});

describe('computeAuditedScores', () => {
  it('has no score anywhere when nothing was assessed, and every section is listed with its base', () => {
    const summary = computeAuditedScores([]);
    expect(summary.overall).toBeNull();
    expect(summary.actionsTotal).toBe(31);
    expect(summary.actionsAssessed).toBe(0);
    expect(summary.sections.map((s) => [s.section, s.score, s.actionsAssessed])).toEqual([
      [1, null, 0],
      [2, null, 0],
      [3, null, 0],
    ]);
    expect(summary.sections.reduce((n, s) => n + s.actionsTotal, 0)).toBe(31);
    expect(Object.values(summary.counts).every((n) => n === 0)).toBe(true);
  });

  // Issue 14: "75 % audited beside 38 % declared after two verdicts". Twelve of the 31 actions declared done give
  // 38.7 % declared; two verdicts (KEPT, PARTIAL) used to give 75 % audited, the mean of what was checked.
  describe('scenario: audited and declared scores on the same base', () => {
    const done = ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2'];
    const declared = computeScores(done.map((actionCode) => ({ actionCode, status: 'DONE', progress: null })));

    it('two verdicts no longer give 75 % beside 38.7 % declared, and say how much was audited', () => {
      expect(declared.overall).toBe(38.7);
      const audited = computeAuditedScores([on('1.1', 'KEPT'), on('1.2', 'PARTIAL')]);
      // (1 + 0.5) / 31: what the audit confirmed, over the same 31 actions as the declared score.
      expect(audited.overall).toBe(4.8);
      expect(audited.overall!).toBeLessThanOrEqual(declared.overall!);
      expect([audited.actionsAssessed, audited.actionsTotal]).toEqual([2, 31]);
      expect(audited.sections[0]).toMatchObject({ section: 1, actionsAssessed: 2, actionsTotal: 11 });
      expect(audited.sections[0].score).toBe(roundScore((1.5 / 11) * 100));
      expect(audited.sections[1].score).toBeNull();
    });

    it('a full audit that confirms every declaration gives exactly the declared scores', () => {
      const audited = computeAuditedScores(
        getCatalogue().actions.map((a) => on(a.code, done.includes(a.code) ? 'KEPT' : 'NOT_ATTESTED')),
      );
      expect(audited.overall).toBe(declared.overall);
      expect(audited.sections.map((s) => s.score)).toEqual(declared.sections.map((s) => s.score));
      expect(audited.actionsAssessed).toBe(31);
    });

    it('leaves out of both bases the actions declared not applicable', () => {
      const withNa = computeScores([
        { actionCode: '1.1', status: 'DONE', progress: null },
        { actionCode: '3.5', status: 'NOT_APPLICABLE', progress: null },
      ]);
      const audited = computeAuditedScores([on('1.1', 'KEPT'), on('3.5', 'KEPT')], undefined, {
        notApplicable: ['3.5'],
      });
      expect(audited.actionsTotal).toBe(30);
      expect(audited.actionsAssessed).toBe(1);
      expect(audited.overall).toBe(withNa.overall);
    });
  });

  it('counts unverifiable and unassessed actions 0, and every verdict kind once per action', () => {
    const summary = computeAuditedScores([
      on('1.1', 'KEPT'),
      on('1.2', 'PARTIAL'),
      on('1.3', 'UNVERIFIABLE'),
      on('2.1', 'UNVERIFIABLE'),
      on('3.1', 'ABANDONED'),
      on('3.2', 'NOT_ATTESTED'),
      on('3.3', 'KEPT'),
    ]);
    const base = summary.sections.map((s) => s.actionsTotal);
    expect(summary.sections.map((s) => [s.score, s.actionsAssessed, s.verdictsCounted])).toEqual([
      [roundScore((1.5 / base[0]) * 100), 3, 2],
      [0, 1, 0],
      [roundScore((1 / base[2]) * 100), 3, 3],
    ]);
    expect(summary.overall).toBe(roundScore((2.5 / 31) * 100));
    expect(summary.counts).toEqual({ KEPT: 2, PARTIAL: 1, NOT_ATTESTED: 1, UNVERIFIABLE: 2, ABANDONED: 1 });
  });

  it('counts one verdict per action, not one per auditor', () => {
    const summary = computeAuditedScores([on('2.4', 'KEPT', '2026-04-01'), on('2.4', 'PARTIAL', '2026-05-01')]);
    expect(summary.sections[1]).toMatchObject({ section: 2, actionsAssessed: 1, verdictsCounted: 1 });
    expect(summary.sections[1].score).toBe(roundScore((0.5 / summary.sections[1].actionsTotal) * 100));
    expect(summary.overall).toBe(roundScore((0.5 / 31) * 100));
    expect(summary.counts).toMatchObject({ KEPT: 0, PARTIAL: 1 });
  });

  it('rejects an action the edition does not have, and an unknown verdict', () => {
    expect(() => computeAuditedScores([on('4.1', 'KEPT')])).toThrow(/Unknown action code/);
    expect(() => computeAuditedScores([on('1.1', 'MAYBE' as never)])).toThrow(/Unknown assessment verdict/);
  });
});
