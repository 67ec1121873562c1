import { dateInWords } from './dates';

describe('dateInWords', () => {
  it('writes a day as French does, with the ordinal for the first of the month', () => {
    expect(dateInWords('2026-06-24')).toBe('24 juin 2026');
    expect(dateInWords('2026-06-01')).toBe('1er juin 2026');
    expect(dateInWords('2026-06-24', 'en')).toBe('24 June 2026');
    expect(() => dateInWords('2026-02-30')).toThrow(RangeError);
  });
});
