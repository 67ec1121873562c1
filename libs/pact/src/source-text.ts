const MARKDOWN_LINK = /\[([^\]]*)\]\([^)]*\)/g;
const FOOTNOTE_MARKS = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;

/**
 * The bullet of the seed document without its markup, for display: markdown links become their text, footnote
 * marks (¹ ² …) go, spaces are collapsed and the closing " ;" of a list item is dropped.
 *
 * @example plainSourceText('Candidater au [label « TNL »](https://…)⁶ pour valoriser les actions menées ;')
 *   // 'Candidater au label « TNL » pour valoriser les actions menées'
 */
export function plainSourceText(sourceText: string): string {
  return sourceText
    .replace(MARKDOWN_LINK, '$1')
    .replace(FOOTNOTE_MARKS, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*;\s*$/, '')
    .trim();
}

/**
 * The footnotes of the 2026 pact, by number: the real addresses of its links. Where the text has a placeholder
 * (`(#)`) or an address that differs (a typing error), the footnote is the address to follow.
 */
export const SOURCE_FOOTNOTES_2026: Readonly<Record<number, string>> = Object.freeze({
  1: 'https://www.april.org/le-conseil-débat-rappelle-le-droit-des-collectivités-locales-de-choisir-du-logiciel-libre',
  2: 'https://comptoir-du-libre.org/fr',
  3: 'https://www.libreavous.org/214',
  4: 'https://www.grenoble.fr/1049-logiciels-libres.htm',
  5: 'https://france-numerique-libre.org',
  6: 'https://territoire-numerique-libre.org',
  7: 'https://www.librealire.org/passer-au-libre-c-est-changer-de-monde',
  8: 'https://www.libre-en-fete.net',
  9: 'https://fete-des-possibles.org',
  10: 'https://www.libreavous.org/interview-de-collectivites',
});

/** A piece of a source bullet: plain text, or the text of a link with the address to follow (none if unknown). */
export interface SourceSegment {
  text: string;
  url?: string;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const LINK_WITH_MARKS = /\[([^\]]*)\]\(([^)]*)\)([⁰¹²³⁴⁵⁶⁷⁸⁹]*)/g;

function footnoteNumber(marks: string): number | null {
  if (marks === '') return null;
  return Number([...marks].map((c) => SUPERSCRIPT_DIGITS.indexOf(c)).join(''));
}

/**
 * A source bullet as text and links, for display: the words are those of `plainSourceText` (joined, the segments give
 * it back exactly), and each link goes to its footnote's address when it has one (`footnotes`), else to its own
 * address when that is a web address; a placeholder without a footnote has no address.
 */
export function sourceTextSegments(
  sourceText: string,
  footnotes: Readonly<Record<number, string>> = SOURCE_FOOTNOTES_2026,
): SourceSegment[] {
  const segments: SourceSegment[] = [];
  let last = 0;
  for (const match of sourceText.matchAll(LINK_WITH_MARKS)) {
    segments.push({ text: sourceText.slice(last, match.index) });
    const label = match[1];
    const labelMarks = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/.exec(label)?.[0] ?? '';
    const note = footnoteNumber(labelMarks + match[3]);
    const own = /^https?:\/\//.test(match[2]) ? match[2] : undefined;
    const url = (note !== null ? footnotes[note] : undefined) ?? own;
    segments.push({ text: label.slice(0, label.length - labelMarks.length), ...(url ? { url } : {}) });
    last = match.index + match[0].length;
  }
  segments.push({ text: sourceText.slice(last) });
  const cleaned = segments.map((s) => ({ ...s, text: s.text.replace(FOOTNOTE_MARKS, '').replace(/\s+/g, ' ') }));
  const lastIndex = cleaned.length - 1;
  cleaned[lastIndex].text = cleaned[lastIndex].text.replace(/\s*;\s*$/, '').trimEnd();
  cleaned[0].text = cleaned[0].text.trimStart();
  return cleaned.filter((s) => s.text !== '' || s.url);
}
