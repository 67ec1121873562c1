import {
  TNL_LEGACY_LEVELS,
  TNL_LEGACY_LEVEL_LABELS,
  TNL_SCALES,
  TNL_SCALE_LABELS,
  TNL_SPECIAL_MENTIONS,
  TNL_SPECIAL_MENTION_LABELS,
  TNL_TIERS,
  TNL_TIER_LABELS,
  TnlSpecialMention,
  checkAwardedLabel,
  tierIndex,
} from './label';

describe('label scales', () => {
  it('label every value in French and English', () => {
    for (const [values, labels] of [
      [TNL_SCALES, TNL_SCALE_LABELS],
      [TNL_TIERS, TNL_TIER_LABELS],
      [TNL_SPECIAL_MENTIONS, TNL_SPECIAL_MENTION_LABELS],
      [TNL_LEGACY_LEVELS, TNL_LEGACY_LEVEL_LABELS],
    ] as const) {
      for (const value of values) {
        const label = (labels as Record<string, { fr: string; en: string }>)[String(value)];
        expect(label.fr).not.toBe('');
        expect(label.en).not.toBe('');
      }
    }
    expect(TNL_LEGACY_LEVEL_LABELS[1].fr).toContain('découverte');
    expect(TNL_LEGACY_LEVEL_LABELS[5].fr).toContain('excellence');
  });

  it('orders the 2025 tiers from none to gold', () => {
    expect(TNL_TIERS).toEqual(['NONE', 'BADGE', 'BRONZE', 'ARGENT', 'OR']);
    expect(tierIndex('BRONZE')).toBe(2);
    expect(() => tierIndex('PLATINE' as never)).toThrow('Unknown TNL tier');
  });
});

describe('checkAwardedLabel', () => {
  it.each([
    { year: 2016, scale: 'LEGACY', level: '1' },
    { year: 2024, scale: 'LEGACY', level: '5' },
    { year: 2025, scale: '2025', level: 'BADGE' },
    { year: 2026, scale: '2025', level: 'OR', mentions: ['MUTUALISATION'] },
  ] as const)('accepts %p', (label) => {
    expect(() => checkAwardedLabel({ ...label, mentions: label.mentions && [...label.mentions] })).not.toThrow();
  });

  it.each([
    [{ year: 2025, scale: 'LEGACY', level: '3' }, 'from 2016 to 2024'],
    [{ year: 2015, scale: 'LEGACY', level: '3' }, 'from 2016 to 2024'],
    [{ year: 2024, scale: '2025', level: 'OR' }, 'from 2025 to today'],
    [{ year: 2020, scale: 'LEGACY', level: '6' }, 'level must be one of 1, 2, 3, 4, 5'],
    [{ year: 2025, scale: '2025', level: 'GOLD' }, 'level must be one of BADGE, BRONZE, ARGENT, OR'],
    [{ year: 2025, scale: 'NEW', level: 'OR' }, 'unknown scale'],
    [{ year: 2025, scale: '2025', level: 'OR', mentions: ['KINDNESS'] }, 'unknown mention KINDNESS'],
  ])('rejects %p', (label, message) => {
    expect(() =>
      checkAwardedLabel(label as { year: number; scale: 'LEGACY'; level: string; mentions?: TnlSpecialMention[] }),
    ).toThrow(message);
  });
});
