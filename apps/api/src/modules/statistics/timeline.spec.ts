import { progressTimeline } from './timeline';

describe('progressTimeline', () => {
  const at = (iso: string) => new Date(iso);

  it('replays the history month by month', () => {
    const points = progressTimeline(
      [
        { id: 'a', committedOn: '2026-03-22' },
        { id: 'b', committedOn: '2026-05-10' },
      ],
      [
        {
          commitmentId: 'a',
          actionCode: '1.1',
          status: 'IN_PROGRESS',
          progressOverride: null,
          occurredAt: at('2026-04-02T10:00:00Z'),
        },
        {
          commitmentId: 'a',
          actionCode: '1.1',
          status: 'DONE',
          progressOverride: null,
          occurredAt: at('2026-05-31T23:59:59Z'),
        },
        {
          commitmentId: 'b',
          actionCode: '1.7',
          status: 'DONE',
          progressOverride: null,
          occurredAt: at('2026-06-01T00:00:00Z'),
        },
      ],
      '2026',
      at('2026-06-15T00:00:00Z'),
    );
    expect(points.map((p) => p.month)).toEqual(['2026-03', '2026-04', '2026-05', '2026-06']);
    expect(points.map((p) => p.commitments)).toEqual([1, 1, 2, 2]);
    expect(points.map((p) => p.actionsDone)).toEqual([0, 0, 1, 2]);
    // 31 actions: one at 50 % → 1.6; one done → 3.2; b has nothing in May → mean of 3.2 and 0.
    expect(points.map((p) => p.averageProgress)).toEqual([0, 1.6, 1.6, 3.2]);
  });

  it('is empty without commitments or history', () => {
    expect(progressTimeline([], [], '2026', new Date())).toEqual([]);
  });
});
