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
import { isRuleCode } from '../rules/codes';

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
    expect(checkAwardedLabel({ ...label, mentions: label.mentions && [...label.mentions] })).toEqual([]);
  });

  it.each([
    [
      { year: 2025, scale: 'LEGACY', level: '3' },
      { path: 'year', code: 'INVALID_TNL_LABEL' },
    ],
    [
      { year: 2015, scale: 'LEGACY', level: '3' },
      { path: 'year', code: 'INVALID_TNL_LABEL' },
    ],
    [
      { year: 2024, scale: '2025', level: 'OR' },
      { path: 'year', code: 'INVALID_TNL_LABEL' },
    ],
    [
      { year: 2020, scale: 'LEGACY', level: '6' },
      { path: 'level', code: 'INVALID_TNL_LABEL' },
    ],
    [
      { year: 2025, scale: '2025', level: 'GOLD' },
      { path: 'level', code: 'INVALID_TNL_LABEL' },
    ],
    [
      { year: 2025, scale: 'NEW', level: 'OR' },
      { path: 'scale', code: 'INVALID_VALUE' },
    ],
    [
      { year: 2025, scale: '2025', level: 'OR', mentions: ['KINDNESS'] },
      { path: 'mentions', code: 'INVALID_VALUE' },
    ],
  ])('rejects %p with a rulebook code, no sentence', (label, issue) => {
    expect(
      checkAwardedLabel(label as { year: number; scale: 'LEGACY'; level: string; mentions?: TnlSpecialMention[] }),
    ).toEqual([issue]);
    expect(isRuleCode(issue.code)).toBe(true);
  });
});
