import { getCatalogue } from './catalogue/catalogue';
import { PactCatalogue } from './catalogue/types';
import { ProgressStatus } from './progress-status';
import { ProgressEntry, computeCatalogueScores, computeScores, effectiveProgress, hasEqualWeights } from './scoring';

const catalogue = getCatalogue();
const allWith = (status: ProgressStatus): ProgressEntry[] =>
  catalogue.actions.map((a) => ({ actionCode: a.code, status, progress: null }));
const entry = (actionCode: string, status: ProgressStatus, progress: number | null = null): ProgressEntry => ({
  actionCode,
  status,
  progress,
});
const sectionScores = (entries: ProgressEntry[]) => computeScores(entries).sections.map((s) => s.score);

describe('effectiveProgress', () => {
  it('takes the status default when no percentage is given', () => {
    expect(effectiveProgress(entry('1.1', 'PLANNED'))).toBe(10);
    expect(effectiveProgress(entry('1.1', 'IN_PROGRESS'))).toBe(50);
    expect(effectiveProgress(entry('1.1', 'NOT_APPLICABLE'))).toBeNull();
  });

  it('lets an explicit percentage win over the status default', () => {
    expect(effectiveProgress(entry('1.1', 'IN_PROGRESS', 80))).toBe(80);
    expect(effectiveProgress(entry('1.1', 'PLANNED', 0))).toBe(0);
    expect(effectiveProgress(entry('1.1', 'DONE', 90))).toBe(90);
  });

  it('keeps NOT_APPLICABLE excluded and ABANDONED at 0 whatever percentage was typed', () => {
    expect(effectiveProgress(entry('1.1', 'NOT_APPLICABLE', 70))).toBeNull();
    expect(effectiveProgress(entry('1.1', 'ABANDONED', 40))).toBe(0);
  });

  it.each([-1, 100.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects the percentage %p', (progress) => {
    expect(() => effectiveProgress(entry('1.1', 'IN_PROGRESS', progress))).toThrow(RangeError);
  });
});

describe('computeScores', () => {
  it('gives 100 everywhere when every action is done', () => {
    const summary = computeScores(allWith('DONE'));
    expect(summary.overall).toBe(100);
    expect(summary.sections).toEqual([
      { section: 1, score: 100, actionsTotal: 11, actionsCounted: 11, actionsDone: 11 },
      { section: 2, score: 100, actionsTotal: 10, actionsCounted: 10, actionsDone: 10 },
      { section: 3, score: 100, actionsTotal: 10, actionsCounted: 10, actionsDone: 10 },
    ]);
    expect(summary.counts.DONE).toBe(31);
  });

  it('counts missing actions as not started: 0, not null', () => {
    const summary = computeScores([]);
    expect(summary.overall).toBe(0);
    expect(summary.sections.map((s) => [s.score, s.actionsCounted, s.actionsDone])).toEqual([
      [0, 11, 0],
      [0, 10, 0],
      [0, 10, 0],
    ]);
    expect(summary.counts).toEqual({
      NOT_STARTED: 31,
      PLANNED: 0,
      IN_PROGRESS: 0,
      DONE: 0,
      NOT_APPLICABLE: 0,
      ABANDONED: 0,
    });
  });

  it('leaves NOT_APPLICABLE out of numerator and denominator', () => {
    const summary = computeScores([entry('1.1', 'DONE'), entry('1.2', 'IN_PROGRESS'), entry('1.3', 'NOT_APPLICABLE')]);
    // Section 1: (100 + 50) over the 10 counted actions; overall: 150 over 30.
    expect(summary.sections[0]).toEqual({
      section: 1,
      score: 15,
      actionsTotal: 11,
      actionsCounted: 10,
      actionsDone: 1,
    });
    expect(summary.overall).toBe(5);
    expect(summary.counts).toMatchObject({ DONE: 1, IN_PROGRESS: 1, NOT_APPLICABLE: 1, NOT_STARTED: 28 });
  });

  it('uses the explicit percentage rather than the status default', () => {
    expect(sectionScores([entry('2.1', 'IN_PROGRESS', 80)])[1]).toBe(8);
    expect(sectionScores([entry('2.1', 'IN_PROGRESS')])[1]).toBe(5);
  });

  it('counts abandoned actions as 0 and planned ones as 10', () => {
    const summary = computeScores([entry('3.1', 'ABANDONED', 60), entry('3.2', 'PLANNED')]);
    expect(summary.sections[2].score).toBe(1);
    expect(summary.counts.ABANDONED).toBe(1);
  });

  it('rounds to one decimal', () => {
    const summary = computeScores([entry('1.1', 'DONE')]);
    expect(summary.sections[0].score).toBe(9.1); // 100 / 11
    expect(summary.overall).toBe(3.2); // 100 / 31
  });

  it('weighs every counted action once overall, rather than averaging the section scores', () => {
    const entries = [
      entry('1.1', 'DONE'),
      ...catalogue.actions
        .filter((a) => a.section === 1 && a.code !== '1.1')
        .map((a) => entry(a.code, 'NOT_APPLICABLE')),
    ];
    const summary = computeScores(entries);
    expect(summary.sections.map((s) => s.score)).toEqual([100, 0, 0]);
    expect(summary.overall).toBe(4.8); // 100 / 21, where the mean of the section scores would say 33.3
  });

  it('gives null where nothing counts', () => {
    const summary = computeScores(allWith('NOT_APPLICABLE'));
    expect(summary.overall).toBeNull();
    expect(summary.sections.map((s) => [s.score, s.actionsCounted])).toEqual([
      [null, 0],
      [null, 0],
      [null, 0],
    ]);
    expect(summary.counts.NOT_APPLICABLE).toBe(31);
  });

  it('gives null to one section only when only that section is not applicable', () => {
    const entries = catalogue.actions.filter((a) => a.section === 2).map((a) => entry(a.code, 'NOT_APPLICABLE'));
    const summary = computeScores([...entries, entry('3.1', 'DONE')]);
    expect(summary.sections.map((s) => s.score)).toEqual([0, null, 10]);
    expect(summary.overall).toBe(4.8); // 100 / 21
  });

  it('throws on an unknown action code, a duplicate entry or an unknown edition', () => {
    expect(() => computeScores([entry('1.12', 'DONE')])).toThrow('Unknown action code "1.12" in pact edition "2026"');
    expect(() => computeScores([entry('1.1', 'DONE'), entry('1.1', 'PLANNED')])).toThrow(/Several progress entries/);
    expect(() => computeScores([], '2020')).toThrow(/Unknown pact edition "2020"/);
  });

  it('does not depend on the order of the entries', () => {
    const entries = [entry('1.4', 'DONE'), entry('2.2', 'PLANNED', 30), entry('3.9', 'NOT_APPLICABLE')];
    expect(computeScores([...entries].reverse())).toEqual(computeScores(entries));
  });
});

describe('computeCatalogueScores with weights', () => {
  const weighted: PactCatalogue = {
    edition: 'test',
    sections: getCatalogue().sections,
    actions: [
      { ...catalogue.actions[0], code: '1.1', section: 1, weight: 3 },
      { ...catalogue.actions[1], code: '1.2', section: 1, weight: 1 },
      { ...catalogue.actions[11], code: '2.1', section: 2, weight: 2 },
      { ...catalogue.actions[12], code: '2.2', section: 2, weight: 1 },
    ],
  };

  it('weighs each action by its weight, in the sections and overall', () => {
    const summary = computeCatalogueScores(weighted, [entry('1.1', 'DONE'), entry('2.2', 'DONE')]);
    expect(summary.sections.map((s) => s.score)).toEqual([75, 33.3, null]); // 300/4, 100/3, nothing
    expect(summary.overall).toBe(57.1); // 400 / 7; unweighted it would be 50
  });

  it('tells a weighted catalogue from the 2026 edition, where every action weighs 1 (a plain mean, not "pondéré")', () => {
    expect(hasEqualWeights(weighted)).toBe(false);
    expect(hasEqualWeights(getCatalogue())).toBe(true);
    expect(new Set(getCatalogue().actions.map((a) => a.weight))).toEqual(new Set([1]));
  });

  it('drops the weight of a NOT_APPLICABLE action from the denominator', () => {
    const summary = computeCatalogueScores(weighted, [entry('1.1', 'NOT_APPLICABLE'), entry('1.2', 'DONE')]);
    expect(summary.sections[0].score).toBe(100);
  });
});
