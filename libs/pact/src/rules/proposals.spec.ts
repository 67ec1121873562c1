import { confirmedProgress } from './proposals';

describe('confirming a proposed status never lowers a %', () => {
  it('takes the proposed status’s default when it is higher than today’s %', () => {
    expect(confirmedProgress(10, 'IN_PROGRESS')).toEqual({ percent: 50, progress: null });
    expect(confirmedProgress(50, 'DONE')).toEqual({ percent: 100, progress: null });
    expect(confirmedProgress(50, 'IN_PROGRESS')).toEqual({ percent: 50, progress: null });
  });

  it('keeps a higher % declared by hand, as an explicit %', () => {
    expect(confirmedProgress(70, 'IN_PROGRESS')).toEqual({ percent: 70, progress: 70 });
  });

  it('starts from the default when the action had no % (not applicable)', () => {
    expect(confirmedProgress(null, 'IN_PROGRESS')).toEqual({ percent: 50, progress: null });
  });
});
