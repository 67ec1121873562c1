import {
  ASSESSMENT_VERDICTS,
  ASSESSMENT_VERDICT_LABELS,
  computeAuditedScore,
  computeAuditedScores,
  verdictScore,
} from './assessment';

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

describe('computeAuditedScore', () => {
  it('is null when nothing was assessed', () => {
    expect(computeAuditedScore([])).toBeNull();
  });

  it('is null when every verdict is unverifiable', () => {
    expect(computeAuditedScore(['UNVERIFIABLE', 'UNVERIFIABLE'])).toBeNull();
  });

  it('leaves unverifiable verdicts out of the mean', () => {
    // (1 + 0.5 + 0) / 3; counting UNVERIFIABLE as 0 would give 0.375.
    expect(computeAuditedScore(['KEPT', 'PARTIAL', 'NOT_ATTESTED', 'UNVERIFIABLE'])).toBe(0.5);
  });

  it('counts an abandoned action as a broken promise', () => {
    expect(computeAuditedScore(['KEPT', 'ABANDONED'])).toBe(0.5);
  });

  it('is the plain mean, from 0 to 1', () => {
    expect(computeAuditedScore(['KEPT'])).toBe(1);
    expect(computeAuditedScore(['KEPT', 'KEPT', 'PARTIAL'])).toBeCloseTo(2.5 / 3, 10);
    expect(computeAuditedScore(['NOT_ATTESTED', 'ABANDONED'])).toBe(0);
  });
});

describe('computeAuditedScores', () => {
  it('has no score anywhere when nothing was assessed, and every section is listed', () => {
    const summary = computeAuditedScores([]);
    expect(summary.overall).toBeNull();
    expect(summary.sections).toEqual([
      { section: 1, score: null, actionsAssessed: 0, verdictsCounted: 0 },
      { section: 2, score: null, actionsAssessed: 0, verdictsCounted: 0 },
      { section: 3, score: null, actionsAssessed: 0, verdictsCounted: 0 },
    ]);
    expect(Object.values(summary.counts).every((n) => n === 0)).toBe(true);
  });

  it('scores each section in percent, leaving unverifiable verdicts and unassessed actions out', () => {
    const summary = computeAuditedScores([
      { actionCode: '1.1', verdict: 'KEPT' },
      { actionCode: '1.2', verdict: 'PARTIAL' },
      { actionCode: '1.3', verdict: 'UNVERIFIABLE' },
      { actionCode: '2.1', verdict: 'UNVERIFIABLE' },
      { actionCode: '3.1', verdict: 'ABANDONED' },
      { actionCode: '3.2', verdict: 'NOT_ATTESTED' },
      { actionCode: '3.3', verdict: 'KEPT' },
    ]);
    expect(summary.sections).toEqual([
      { section: 1, score: 75, actionsAssessed: 3, verdictsCounted: 2 },
      { section: 2, score: null, actionsAssessed: 1, verdictsCounted: 0 },
      { section: 3, score: 33.3, actionsAssessed: 3, verdictsCounted: 3 },
    ]);
    // (1 + 0.5 + 0 + 0 + 1) / 5, over every counted verdict: not the mean of the section scores.
    expect(summary.overall).toBe(50);
    expect(summary.counts).toEqual({ KEPT: 2, PARTIAL: 1, NOT_ATTESTED: 1, UNVERIFIABLE: 2, ABANDONED: 1 });
  });

  it('counts each auditor’s verdict on the same action once', () => {
    const summary = computeAuditedScores([
      { actionCode: '2.4', verdict: 'KEPT' },
      { actionCode: '2.4', verdict: 'PARTIAL' },
    ]);
    expect(summary.sections[1]).toEqual({ section: 2, score: 75, actionsAssessed: 1, verdictsCounted: 2 });
    expect(summary.overall).toBe(75);
  });

  it('rejects an action the edition does not have, and an unknown verdict', () => {
    expect(() => computeAuditedScores([{ actionCode: '4.1', verdict: 'KEPT' }])).toThrow(/Unknown action code/);
    expect(() => computeAuditedScores([{ actionCode: '1.1', verdict: 'MAYBE' as never }])).toThrow(
      /Unknown assessment verdict/,
    );
  });
});
