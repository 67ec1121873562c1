import { POPULATION_STRATA, POPULATION_STRATUM_LABELS, populationStratum, populationStratumRange } from './population';

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

describe('populationStratumRange', () => {
  it.each(POPULATION_STRATA)('covers exactly the populations of %s', (stratum) => {
    const { min, below } = populationStratumRange(stratum);
    expect(populationStratum(min)).toBe(stratum);
    if (min > 0) expect(populationStratum(min - 1)).not.toBe(stratum);
    if (below === null) expect(populationStratum(10_000_000)).toBe(stratum);
    else {
      expect(populationStratum(below - 1)).toBe(stratum);
      expect(populationStratum(below)).not.toBe(stratum);
    }
  });

  it('gives the bounds of the classes', () => {
    expect(populationStratumRange('UNDER_2K')).toEqual({ min: 0, below: 2_000 });
    expect(populationStratumRange('10K_50K')).toEqual({ min: 10_000, below: 50_000 });
    expect(populationStratumRange('OVER_100K')).toEqual({ min: 100_000, below: null });
  });
});
