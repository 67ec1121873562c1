import { ASSESSMENT_VERDICTS, ASSESSMENT_VERDICT_LABELS, computeAuditedScore, verdictScore } from './assessment';

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
