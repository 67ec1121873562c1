import { tnlLabelSchema } from './label';
import { validate } from './validate';

const ID = '3f1c1c52-8f3e-4a43-9a55-0b9f7a3f1e10';
const ctx = { today: '2026-06-15' };
const issues = (input: object) => {
  const result = validate(tnlLabelSchema(ctx), { collectivityId: ID, ...input });
  return result.ok ? [] : result.issues.map((i) => `${i.path}:${i.code}`);
};

describe('a Territoire Numérique Libre label', () => {
  it('has a level of its vintage’s scale', () => {
    expect(issues({ year: 2023, scale: 'LEGACY', level: '3' })).toEqual([]);
    expect(issues({ year: 2025, scale: '2025', level: 'BRONZE', mentions: ['MUTUALISATION'] })).toEqual([]);
    expect(issues({ year: 2025, scale: 'LEGACY', level: '3' })).toEqual(['year:INVALID_TNL_LABEL']);
    expect(issues({ year: 2023, scale: 'LEGACY', level: 'OR' })).toEqual(['level:INVALID_TNL_LABEL']);
    expect(issues({ year: 2025, scale: '2025', level: '3' })).toEqual(['level:INVALID_TNL_LABEL']);
  });

  it('is of a vintage from 2016 to this year (in France)', () => {
    expect(issues({ year: 2015, scale: 'LEGACY', level: '1' })[0]).toBe('year:INVALID_YEAR');
    expect(issues({ year: 2026, scale: '2025', level: 'OR' })).toEqual([]);
    expect(issues({ year: 2027, scale: '2025', level: 'OR' })).toEqual(['year:INVALID_YEAR']);
  });

  it('links to an http(s) page, with at most four mentions', () => {
    expect(issues({ year: 2025, scale: '2025', level: 'OR', url: 'file:///etc/passwd' })).toEqual(['url:INVALID_URL']);
    expect(issues({ year: 2025, scale: '2025', level: 'OR', mentions: ['FIRST'] })).toEqual([
      'mentions.0:INVALID_VALUE',
    ]);
  });
});
