import { MonthlyTotalsBuilder, nextMonth, timelineFromMonths } from './monthly-totals';

describe('monthly totals', () => {
  const at = (iso: string) => new Date(iso);

  it('builds month rows from commitments and changes in history order, and shows them month by month', () => {
    const builder = new MonthlyTotalsBuilder(
      [
        { id: 'a', committedOn: '2026-03-22' },
        { id: 'b', committedOn: '2026-05-10' },
      ],
      '2026',
    );
    builder.add({
      commitmentId: 'a',
      actionCode: '1.1',
      status: 'IN_PROGRESS',
      progressOverride: null,
      occurredAt: at('2026-04-02T10:00:00Z'),
    });
    builder.add({
      commitmentId: 'a',
      actionCode: '1.1',
      status: 'DONE',
      progressOverride: null,
      occurredAt: at('2026-05-31T23:59:59Z'),
    });
    builder.add({
      commitmentId: 'b',
      actionCode: '1.7',
      status: 'DONE',
      progressOverride: null,
      occurredAt: at('2026-06-01T00:00:00Z'),
    });
    // A change about a commitment of another edition is not counted.
    builder.add({
      commitmentId: 'z',
      actionCode: '1.1',
      status: 'DONE',
      progressOverride: null,
      occurredAt: at('2026-06-02T00:00:00Z'),
    });
    const rows = builder.finish('2026-06');
    const points = timelineFromMonths(rows, '2026-06');
    expect(points.map((p) => p.month)).toEqual(['2026-03', '2026-04', '2026-05', '2026-06']);
    expect(points.map((p) => p.commitments)).toEqual([1, 1, 2, 2]);
    expect(points.map((p) => p.actionsDone)).toEqual([0, 0, 1, 2]);
    // 31 actions: one at 50 % → 1.6; one done → 3.2; b has nothing in May → mean of 3.2 and 0.
    expect(points.map((p) => p.averageProgress)).toEqual([0, 1.6, 1.6, 3.2]);
  });

  it('carries a month without a row, and hides months to come', () => {
    const row = (month: string, commitments: number) => ({
      month,
      commitments,
      actionsDone: 0,
      scored: commitments,
      overallTenthsSum: 0,
    });
    const points = timelineFromMonths([row('2026-10', 1), row('2027-01', 2), row('2027-03', 5)], '2027-02');
    expect(points.map((p) => [p.month, p.commitments])).toEqual([
      ['2026-10', 1],
      ['2026-11', 1],
      ['2026-12', 1],
      ['2027-01', 2],
      ['2027-02', 2],
    ]);
    expect(nextMonth('2026-12')).toBe('2027-01');
  });

  it('is empty without commitments or history', () => {
    expect(new MonthlyTotalsBuilder([], '2026').finish('2026-06')).toEqual([]);
    expect(timelineFromMonths([], '2026-06')).toEqual([]);
  });
});
