import { POPULATION_STRATA, POPULATION_STRATUM_LABELS, populationStratum, populationStratumRange } from './population';

describe('populationStratum: the DGCL strata of communes (CGCT art. L. 2334-3)', () => {
  it.each([
    [0, 'UNDER_500'],
    [499, 'UNDER_500'],
    [500, 'FROM_500_TO_999'],
    [1_999, 'FROM_1000_TO_1999'],
    [3_499, 'FROM_2000_TO_3499'],
    [3_500, 'FROM_3500_TO_4999'],
    [9_999, 'FROM_7500_TO_9999'],
    [10_000, 'FROM_10000_TO_14999'],
    [49_999, 'FROM_35000_TO_49999'],
    [99_999, 'FROM_75000_TO_99999'],
    [100_000, 'FROM_100000_TO_199999'],
    [2_200_000, 'FROM_200000'],
  ] as const)('puts a commune of %p inhabitants in %s', (population, stratum) => {
    expect(populationStratum(population)).toBe(stratum);
  });

  it('has the fifteen strata the DGCL publishes', () => {
    expect(POPULATION_STRATA).toHaveLength(15);
  });

  it('says UNKNOWN when the population is not known', () => {
    expect(populationStratum(null)).toBe('UNKNOWN');
  });

  it('counts an EPCI, a syndicat, a département or a région apart from the communes', () => {
    expect(populationStratum(450_000, 'METROPOLE')).toBe('NOT_A_COMMUNE');
    expect(populationStratum(12_000, 'COMMUNAUTE_DE_COMMUNES')).toBe('NOT_A_COMMUNE');
    expect(populationStratum(null, 'SYNDICAT')).toBe('NOT_A_COMMUNE');
    expect(populationStratum(12_000, 'COMMUNE')).toBe('FROM_10000_TO_14999');
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects %p', (population) => {
    expect(() => populationStratum(population)).toThrow(RangeError);
  });

  it('labels every stratum, UNKNOWN and NOT_A_COMMUNE in French and English', () => {
    expect(Object.keys(POPULATION_STRATUM_LABELS).sort()).toEqual(
      [...POPULATION_STRATA, 'UNKNOWN', 'NOT_A_COMMUNE'].sort(),
    );
    expect(POPULATION_STRATUM_LABELS.UNDER_500.fr).toBe('Communes de moins de 500 habitants');
    expect(POPULATION_STRATUM_LABELS.FROM_2000_TO_3499.fr).toBe('Communes de 2\u202f000 à 3\u202f499 habitants');
    expect(POPULATION_STRATUM_LABELS.FROM_200000.en).toBe('Communes of 200,000 and more');
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
    expect(populationStratumRange('UNDER_500')).toEqual({ min: 0, below: 500 });
    expect(populationStratumRange('FROM_10000_TO_14999')).toEqual({ min: 10_000, below: 15_000 });
    expect(populationStratumRange('FROM_200000')).toEqual({ min: 200_000, below: null });
  });
});
