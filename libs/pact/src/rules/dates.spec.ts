import { isIsoCalendarDate, todayInFrance, yearInFrance } from './dates';

describe('today, as the pact sees it (the calendar date in Europe/Paris)', () => {
  it('turns at midnight in Paris, not at midnight UTC (summer: UTC+2)', () => {
    expect(todayInFrance(new Date('2026-07-14T21:59:59Z'))).toBe('2026-07-14');
    expect(todayInFrance(new Date('2026-07-14T22:00:00Z'))).toBe('2026-07-15');
    // At 00:30 in Paris it is still the 14th in UTC: the pact says the 15th.
    expect(todayInFrance(new Date('2026-07-14T22:30:00Z'))).toBe('2026-07-15');
  });

  it('turns at 23:00 UTC in winter (UTC+1), and across the spring and autumn changes of hour', () => {
    expect(todayInFrance(new Date('2026-01-31T22:59:59Z'))).toBe('2026-01-31');
    expect(todayInFrance(new Date('2026-01-31T23:00:00Z'))).toBe('2026-02-01');
    // 29 March 2026: clocks go forward at 02:00 (01:00 UTC); midnight was still at 23:00 UTC the day before.
    expect(todayInFrance(new Date('2026-03-28T23:00:00Z'))).toBe('2026-03-29');
    expect(todayInFrance(new Date('2026-03-29T21:59:59Z'))).toBe('2026-03-29');
    expect(todayInFrance(new Date('2026-03-29T22:00:00Z'))).toBe('2026-03-30');
    // 25 October 2026: clocks go back at 03:00 (01:00 UTC).
    expect(todayInFrance(new Date('2026-10-24T21:59:59Z'))).toBe('2026-10-24');
    expect(todayInFrance(new Date('2026-10-25T22:59:59Z'))).toBe('2026-10-25');
    expect(todayInFrance(new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
  });

  it('turns the year at midnight in Paris on New Year’s Eve', () => {
    expect(yearInFrance(new Date('2026-12-31T22:59:59Z'))).toBe(2026);
    expect(yearInFrance(new Date('2026-12-31T23:00:00Z'))).toBe(2027);
  });

  it('refuses an invalid instant', () => {
    expect(() => todayInFrance(new Date('nonsense'))).toThrow(RangeError);
  });
});

describe('calendar dates', () => {
  it.each(['2026-02-28', '2028-02-29', '2000-02-29', '0027-01-01'])('%s is a real day', (d) => {
    expect(isIsoCalendarDate(d)).toBe(true);
  });
  it.each(['2026-02-29', '1900-02-29', '2026-13-01', '2026-04-31', '2026-1-5', '31/12/2026', '', '2026-01-01T00:00'])(
    '%s is not',
    (d) => expect(isIsoCalendarDate(d)).toBe(false),
  );
});
