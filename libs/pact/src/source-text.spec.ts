import { readFileSync } from 'fs';
import { join } from 'path';
import { getCatalogue } from './catalogue/catalogue';
import { SOURCE_FOOTNOTES_2026, plainSourceText, sourceTextSegments } from './source-text';

const seed = readFileSync(join(__dirname, '..', 'reference', 'pacte-du-logiciel-libre-2026.md'), 'utf8');
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** The footnotes of the reference text: "¹ <https://…>" or "5 <https://…>" on a line of their own. */
function seedFootnotes(): Record<number, string> {
  const notes: Record<number, string> = {};
  for (const line of seed.split('\n')) {
    const m = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d+) <(https?:\/\/[^>]+)>\s*$/.exec(line.trim());
    if (!m) continue;
    const n = /^\d+$/.test(m[1]) ? Number(m[1]) : Number([...m[1]].map((c) => SUPERSCRIPTS.indexOf(c)).join(''));
    notes[n] = m[2];
  }
  return notes;
}

describe('the pact’s own words and links', () => {
  it('knows the footnotes of the reference text, every one of them', () => {
    expect(SOURCE_FOOTNOTES_2026).toEqual(seedFootnotes());
    expect(Object.keys(SOURCE_FOOTNOTES_2026)).toHaveLength(10);
  });

  it('gives every action its source bullet as words and links: the words of the pact, every link a real address', () => {
    for (const action of getCatalogue().actions) {
      const segments = sourceTextSegments(action.sourceText);
      expect(segments.map((s) => s.text).join('')).toBe(plainSourceText(action.sourceText));
      const links = [...action.sourceText.matchAll(/\[[^\]]*\]\([^)]*\)/g)];
      expect(segments.filter((s) => s.url)).toHaveLength(links.length);
      for (const s of segments.filter((x) => x.url)) expect(s.url).toMatch(/^https:\/\/[^#\s]+$/);
    }
  });

  it('follows the footnote where the text has a placeholder or a wrong address', () => {
    const find = (code: string) => sourceTextSegments(getCatalogue().actions.find((a) => a.code === code)!.sourceText);
    expect(find('1.2').find((s) => s.url)).toEqual({
      text: "Conseil d'État a validé",
      url: SOURCE_FOOTNOTES_2026[1],
    });
    const experience = getCatalogue().actions.find((a) => a.sourceText.includes('y-compris.via-des-confferences'))!;
    expect(sourceTextSegments(experience.sourceText).find((s) => s.url)?.url).toBe(
      'https://www.librealire.org/passer-au-libre-c-est-changer-de-monde',
    );
  });
});

describe('the short texts keep the pact’s meaning', () => {
  const action = (code: string) => getCatalogue().actions.find((a) => a.code === code)!;
  it('keeps “notamment au niveau des entreprises” in 1.5, and adds no gloss to 1.10', () => {
    expect(action('1.5').description.fr).toContain('notamment au niveau des entreprises');
    expect(action('1.10').description.fr).toBe('S’appuyer sur des structures mutualisantes.');
  });

  it('summarises section 2 in the words of the pact (in French typography: ’ and no-break spaces)', () => {
    const summary = getCatalogue().sections.find((s) => s.number === 2)!.summary.fr;
    const words = seed
      .replace(/\s+/g, ' ')
      .replace(/(\p{L})'(\p{L})/gu, '$1’$2')
      .replace(/ ([;:!?»])/g, '\u00a0$1');
    for (const sentence of summary.split(/(?<=\.) /)) expect(words).toContain(sentence);
  });
});
