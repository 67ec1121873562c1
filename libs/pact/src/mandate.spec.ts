import { addFractionalMonths, addMonths, monthsBetween, toIsoDate, toUtcDate } from './dates';
import {
  MANDATE_END_DATE,
  MANDATE_START_DATE,
  clockBaselineAfterWrite,
  mandateClockStart,
  mandatePace,
} from './mandate';

const d = (iso: string): Date => toUtcDate(iso);

describe('calendar arithmetic', () => {
  it('parses real days only', () => {
    expect(toIsoDate(d('2028-02-29'))).toBe('2028-02-29');
    expect(() => d('2027-02-29')).toThrow(RangeError);
    expect(() => d('2026-13-01')).toThrow(RangeError);
    expect(() => d('22/03/2026')).toThrow(RangeError);
    expect(() => toUtcDate(new Date('not a date'))).toThrow(RangeError);
    expect(toIsoDate(toUtcDate(new Date('2027-03-22T18:30:00Z')))).toBe('2027-03-22');
  });

  it('adds calendar months, keeping to the last day of shorter months', () => {
    expect(toIsoDate(addMonths(d('2027-01-31'), 1))).toBe('2027-02-28');
    expect(toIsoDate(addMonths(d('2028-01-31'), 1))).toBe('2028-02-29');
    expect(toIsoDate(addMonths(d('2026-03-22'), 72))).toBe('2032-03-22');
    expect(toIsoDate(addMonths(d('2026-11-15'), 2))).toBe('2027-01-15');
  });

  it('counts months with the fraction of the month in progress', () => {
    expect(monthsBetween(d('2026-03-22'), d('2026-03-22'))).toBe(0);
    expect(monthsBetween(d('2026-03-22'), d('2027-03-22'))).toBe(12);
    expect(monthsBetween(d('2026-03-22'), d('2026-05-07'))).toBe(1.5); // 1 month + 15 of the 30 days to 22 May
    expect(monthsBetween(d('2026-03-22'), d('2026-04-21'))).toBeCloseTo(30 / 31, 10);
    expect(monthsBetween(d('2027-03-22'), d('2026-03-22'))).toBe(-12);
  });

  it('adds fractional months as the inverse of monthsBetween', () => {
    expect(toIsoDate(addFractionalMonths(d('2026-03-22'), 1.5))).toBe('2026-05-07');
    expect(toIsoDate(addFractionalMonths(d('2026-03-22'), 50))).toBe('2030-05-22');
    expect(() => addFractionalMonths(d('2026-03-22'), -1)).toThrow(RangeError);
  });
});

describe('mandatePace', () => {
  it('runs from 22 March 2026 to 31 March 2032 by default', () => {
    expect(MANDATE_START_DATE).toBe('2026-03-22');
    expect(MANDATE_END_DATE).toBe('2032-03-31');
    const pace = mandatePace({ today: '2026-03-22', overall: 0 });
    expect(pace.monthsTotal).toBe(72.3); // 72 months + 9 of the 31 days to 22 April
    expect(pace.monthsElapsed).toBe(0);
    expect(pace.monthsLeft).toBe(72.3);
  });

  it('has no pace on the first day, so neither a projection nor a verdict', () => {
    expect(mandatePace({ today: '2026-03-22', overall: 0 })).toMatchObject({
      pace: null,
      projectedCompletionDate: null,
      expectedProgress: 0,
      onTrack: null,
      status: 'TOO_EARLY',
    });
  });

  it('projects the completion from the pace since the start and says when it is on track', () => {
    const pace = mandatePace({ today: '2027-03-22', overall: 24 });
    expect(pace.monthsElapsed).toBe(12);
    expect(pace.pace).toBe(2); // 24 points in 12 months
    expect(pace.projectedCompletionDate).toBe('2030-05-22'); // 100 points at 2 a month: 50 months after the start
    expect(pace.expectedProgress).toBe(16.6); // 12 of 72.3 months
    expect(pace.onTrack).toBe(true);
    expect(pace.requiredPace).toBe(1.26); // 76 points in the 60.3 months left
  });

  it('says when a collectivity is behind', () => {
    const pace = mandatePace({ today: '2029-03-22', overall: 30 });
    expect(pace.pace).toBe(0.83);
    expect(pace.projectedCompletionDate).toBe('2036-03-22'); // 120 months after the start
    expect(pace.onTrack).toBe(false);
  });

  it('gives no projected date when nothing has moved', () => {
    const pace = mandatePace({ today: '2027-03-22', overall: 0 });
    expect(pace.pace).toBe(0);
    expect(pace.projectedCompletionDate).toBeNull();
    expect(pace.onTrack).toBe(false);
    expect(pace.status).toBe('STALLED');
  });

  it('agrees with itself: on track exactly when the projected date is not after the end', () => {
    for (const [today, overall] of [
      ['2027-09-01', 10],
      ['2027-09-01', 25],
      ['2029-01-15', 45],
      ['2029-01-15', 55],
      ['2031-06-30', 90],
      ['2031-06-30', 99],
    ] as const) {
      const pace = mandatePace({ today, overall });
      expect(pace.onTrack).toBe((pace.projectedCompletionDate ?? '9999') <= MANDATE_END_DATE);
    }
  });

  it('has nothing to say about pace when no action counts', () => {
    expect(mandatePace({ today: '2027-03-22', overall: null })).toMatchObject({
      pace: null,
      requiredPace: null,
      projectedCompletionDate: null,
      onTrack: null,
      monthsElapsed: 12,
    });
  });

  it('stops the clock at the start and at the end', () => {
    expect(mandatePace({ today: '2025-12-01', overall: 0 })).toMatchObject({ monthsElapsed: 0, onTrack: null });
    const over = mandatePace({ today: '2033-01-01', overall: 90 });
    expect(over).toMatchObject({ monthsElapsed: 72.3, monthsLeft: 0, requiredPace: null, onTrack: false });
    expect(mandatePace({ today: '2033-01-01', overall: 100 })).toMatchObject({ onTrack: true, status: 'COMPLETE' });
  });

  it('can start when the collectivity committed, and take a Date for today', () => {
    const pace = mandatePace({ startDate: '2026-09-22', today: new Date('2027-09-22T09:00:00Z'), overall: 12 });
    expect(pace.monthsElapsed).toBe(12);
    expect(pace.pace).toBe(1);
    expect(pace.projectedCompletionDate).toBe('2035-01-22'); // 100 months after 22 September 2026
  });

  it('rejects inconsistent input', () => {
    expect(() => mandatePace({ startDate: '2032-04-01', today: '2027-01-01', overall: 0 })).toThrow(/must be after/);
    expect(() => mandatePace({ today: '2027-01-01', overall: 120 })).toThrow(RangeError);
    expect(() => mandatePace({ today: 'tomorrow', overall: 0 })).toThrow(/Invalid today/);
    expect(() => mandatePace({ today: '2027-01-01', overall: 50, startOverall: -1 })).toThrow(/startOverall/);
  });
});

// Issue 14: "the pace is measured from the score at commitment (work done before the mandate does not inflate it),
// and the page never says 'sera tenu' while the projection says 'jamais'".
describe('mandatePace scenarios', () => {
  it('does not count work done before the mandate in the pace', () => {
    // 60 % declared at commitment (done under the previous mandate), 66 % a year later: 0.5 point a month, not 5.5.
    const pace = mandatePace({ today: '2027-03-22', overall: 66, startOverall: 60 });
    expect(pace.pace).toBe(0.5);
    // 34 points left at 0.5 a month: 68 months from today, after the end of the mandate.
    expect(pace.projectedCompletionDate).toBe('2032-11-22');
    expect(pace).toMatchObject({ onTrack: false, status: 'BEHIND' });
    expect(pace.expectedProgress).toBe(66.6); // 60 + 40 × 12 / 72.3
    // Counted from 0, the same 66 % would have looked like 5.5 points a month and "on track".
    expect(mandatePace({ today: '2027-03-22', overall: 66 })).toMatchObject({ pace: 5.5, onTrack: true });
  });

  it('is stalled, never on track, when nothing moved since commitment, however high the score', () => {
    const pace = mandatePace({ today: '2028-03-22', overall: 80, startOverall: 80 });
    expect(pace).toMatchObject({ pace: 0, projectedCompletionDate: null, onTrack: false, status: 'STALLED' });
    // A score that went down since commitment (an abandoned action) is no pace either.
    expect(mandatePace({ today: '2028-03-22', overall: 70, startOverall: 80 }).status).toBe('STALLED');
  });

  it('never says on track without a projected date, nor behind with a date before the end', () => {
    for (const today of ['2026-03-22', '2026-04-01', '2027-09-01', '2029-01-15', '2031-06-30', '2032-03-31']) {
      for (const startOverall of [0, 20, 60]) {
        for (const overall of [0, 10, 20, 25, 45, 55, 60, 61, 90, 99, 100]) {
          const pace = mandatePace({ today, overall, startOverall });
          if (pace.onTrack === true) expect(pace.projectedCompletionDate).not.toBeNull();
          if (pace.projectedCompletionDate === null) expect(pace.onTrack).not.toBe(true);
          if (pace.status === 'ON_TRACK') expect(pace.projectedCompletionDate! <= MANDATE_END_DATE).toBe(true);
          if (pace.status === 'BEHIND') expect(pace.projectedCompletionDate! > MANDATE_END_DATE).toBe(true);
        }
      }
    }
  });
});

describe('the score at the clock start (what the pace is measured from)', () => {
  const committedOn = '2026-03-22';
  it('starts the clock at the mandate start, or at a later commitment', () => {
    expect(mandateClockStart('2025-11-02')).toBe(MANDATE_START_DATE);
    expect(mandateClockStart('2026-09-01')).toBe('2026-09-01');
    expect(mandateClockStart(null)).toBe(MANDATE_START_DATE);
  });

  it('follows the score while the writes are on or before the clock start day, then stays', () => {
    let baseline: number | null = null;
    baseline = clockBaselineAfterWrite({ baseline, overall: 40, committedOn, today: '2026-03-01' });
    baseline = clockBaselineAfterWrite({ baseline, overall: 60, committedOn, today: '2026-03-22' });
    expect(baseline).toBe(60);
    baseline = clockBaselineAfterWrite({ baseline, overall: 66, committedOn, today: '2027-03-22' });
    expect(baseline).toBe(60);
    // The clock then reads a pace of 0.5 point a month, not 5.5: the 60 declared at the start are not a pace.
    expect(mandatePace({ today: '2027-03-22', overall: 66, startOverall: baseline })).toMatchObject({ pace: 0.5 });
  });

  it('keeps no baseline (0 for the clock) when nothing was declared by the start day', () => {
    expect(clockBaselineAfterWrite({ baseline: null, overall: 30, committedOn, today: '2026-04-01' })).toBeNull();
  });
});
