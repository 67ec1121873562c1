import { TNL_DOMAINS } from '../tnl-domain';
import { DomainCount, criteriaForPercent, estimateLegacyLevel, estimateTier, nextTierRule, tierGaps } from './tiers';

/** Five criteria per domain, `met` given in TNL_DOMAINS order. */
const counts = (...met: number[]): DomainCount[] =>
  TNL_DOMAINS.map((domain, i) => ({ domain, met: met[i] ?? 0, applicable: 5 }));

describe('criteriaForPercent', () => {
  it.each([
    [40, 5, 2],
    [60, 5, 3],
    [80, 5, 4],
    [80, 25, 20],
    [40, 4, 2],
    [60, 4, 3],
    [40, 0, 0],
  ])('%p %% of %p criteria takes %p', (percent, applicable, expected) => {
    expect(criteriaForPercent(percent, applicable)).toBe(expected);
  });
});

describe('estimateTier', () => {
  it.each([
    ['nothing met', [0, 0, 0, 0, 0], 'NONE'],
    ['criteria in 2 domains only, however many', [5, 5, 0, 0, 0], 'NONE'],
    ['one criterion in 3 domains: the badge', [1, 1, 1, 0, 0], 'BADGE'],
    ['40 % everywhere but one domain', [2, 2, 2, 2, 1], 'BADGE'],
    ['exactly 40 % in every domain', [2, 2, 2, 2, 2], 'BRONZE'],
    ['60 % everywhere but one domain', [3, 3, 3, 3, 2], 'BRONZE'],
    ['exactly 60 % in every domain', [3, 3, 3, 3, 3], 'ARGENT'],
    ['76 % overall, 60 % everywhere', [4, 4, 4, 4, 3], 'ARGENT'],
    ['exactly 80 % overall, 60 % everywhere', [5, 5, 4, 3, 3], 'OR'],
    ['exactly 80 % in every domain', [4, 4, 4, 4, 4], 'OR'],
    ['88 % overall but one domain at 40 %', [5, 5, 5, 5, 2], 'BRONZE'],
    ['everything', [5, 5, 5, 5, 5], 'OR'],
  ])('%s → %s', (_, met, expected) => {
    expect(estimateTier(counts(...met))).toBe(expected);
  });

  it('takes percentages of the applicable criteria: 2 of 4 is 50 %, enough for bronze', () => {
    const withFewer = counts(2, 2, 2, 2, 2).map((c) => (c.domain === 'FREE_SOFTWARE' ? { ...c, applicable: 4 } : c));
    expect(estimateTier(withFewer)).toBe('BRONZE');
  });

  it('rejects counts that do not cover the five domains once, or are impossible', () => {
    expect(() => estimateTier(counts(1, 1, 1).slice(0, 4))).toThrow('one count per TNL domain');
    expect(() => estimateTier(counts(6, 0, 0, 0, 0))).toThrow(RangeError);
  });
});

describe('tierGaps', () => {
  const gapsTo = (met: number[]) => {
    const c = counts(...met);
    const rule = nextTierRule(estimateTier(c));
    return rule ? tierGaps(rule, c) : [];
  };

  it('asks for domains to open on the way to the badge', () => {
    expect(gapsTo([3, 0, 0, 0, 0])).toEqual([{ scope: 'DOMAINS_WITH_A_CRITERION', needed: 2 }]);
  });

  it('names each domain under the bar, with how many criteria it lacks', () => {
    expect(gapsTo([2, 0, 1, 2, 1])).toEqual([
      { scope: 'DOMAIN', domain: 'GOOD_PRACTICES', needed: 2 },
      { scope: 'DOMAIN', domain: 'FREE_SOFTWARE', needed: 1 },
      { scope: 'DOMAIN', domain: 'DATA_MANAGEMENT', needed: 1 },
    ]);
  });

  it('asks for criteria anywhere when only the overall bar of gold is missing', () => {
    expect(gapsTo([4, 4, 4, 4, 3])).toEqual([{ scope: 'OVERALL', needed: 1 }]);
  });

  it('has no next tier above gold', () => {
    expect(nextTierRule('OR')).toBeNull();
    expect(nextTierRule('NONE')?.tier).toBe('BADGE');
  });
});

describe('estimateLegacyLevel', () => {
  it.each([
    [[0, 0, 0, 0, 0], 0],
    [[1, 0, 0, 0, 0], 1],
    [[1, 1, 1, 1, 0], 1],
    [[1, 1, 1, 1, 1], 2],
    [[2, 2, 2, 2, 1], 2],
    [[2, 2, 2, 2, 2], 3],
    [[5, 5, 5, 0, 0], 4],
    [[5, 5, 5, 5, 0], 5],
  ])('%p met of 25 → level %p', (met, expected) => {
    expect(estimateLegacyLevel(counts(...met))).toBe(expected);
  });
});
