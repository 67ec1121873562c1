import { POPULATION_STRATA, POPULATION_STRATUM_LABELS, populationStratum } from './population';

describe('populationStratum', () => {
  it.each([
    [0, 'UNDER_2K'],
    [1_999, 'UNDER_2K'],
    [2_000, '2K_10K'],
    [9_999, '2K_10K'],
    [10_000, '10K_50K'],
    [49_999, '10K_50K'],
    [50_000, '50K_100K'],
    [99_999, '50K_100K'],
    [100_000, 'OVER_100K'],
    [2_200_000, 'OVER_100K'],
  ] as const)('puts %p inhabitants in %s', (population, stratum) => {
    expect(populationStratum(population)).toBe(stratum);
  });

  it('says UNKNOWN when the population is not known', () => {
    expect(populationStratum(null)).toBe('UNKNOWN');
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects %p', (population) => {
    expect(() => populationStratum(population)).toThrow(RangeError);
  });

  it('labels every stratum and UNKNOWN in French and English', () => {
    expect(Object.keys(POPULATION_STRATUM_LABELS).sort()).toEqual([...POPULATION_STRATA, 'UNKNOWN'].sort());
    expect(POPULATION_STRATUM_LABELS.UNDER_2K.fr).toBe('Moins de 2\u202f000 habitants');
    expect(POPULATION_STRATUM_LABELS.OVER_100K.en).toBe('100,000 inhabitants and more');
  });
});
