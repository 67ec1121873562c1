/**
 * The house rules for French text the public reads (messages of the dashboard, French labels of libs/pact, and every
 * French text the API writes: the application file, the feeds, the digest, the history sentences, the open-data
 * docs), as a checker: each rule says what it flags and the fix. The dashboard's tests (apps/web/test/french-text)
 * and the API's (apps/api/src/french-text.spec.ts) both use it. The rule for spaces is one character, the no-break space
 * U+00A0, before « ; : ! ? » and inside « » (the narrow U+202F is Intl's, in formatted numbers; texts do not use it,
 * so that every French text follows the same rule). See docs/architecture.md, « Words the dashboard shows ».
 */
export interface TypographyProblem {
  rule: string;
  excerpt: string;
}

const NBSP = '\u00a0';

/** Addresses, e-mail addresses and placeholders are not prose: their colons and question marks are left alone. */
const NOT_PROSE = /(?:https?|mailto):\/\/?\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\{\w+\}|\b\d{1,2}:\d{2}\b/g;

interface Rule {
  rule: string;
  pattern: RegExp;
}

const RULES: Rule[] = [
  // A sign of two parts (not the colon of a code such as system:<nom>) takes a no-break space before it: "Rechercher : …", not "Rechercher: …" nor "Rechercher : …".
  {
    rule: 'no-break space (U+00A0) before ; : ! ?',
    pattern: /(?:[^\u00a0\s([«/?!]|[ \u202f])[;:!?](?=[\s\u00a0»).,]|$)/g,
  },
  { rule: 'no-break space (U+00A0) inside « »', pattern: /«(?!\u00a0)|(?<!\u00a0)»/g },
  { rule: "typographic apostrophe ’, not '", pattern: /\p{L}'|'\p{L}/gu },
  { rule: 'guillemets « », not "…"', pattern: /"/g },
  { rule: '« Hexagone et Corse », not « Métropole »', pattern: /\bMétropole et Corse\b|métropolitaine?s?\b/gi },
  { rule: '« données ouvertes », not « open data »', pattern: /\bopen[ -]?data\b/gi },
  {
    rule: 'one way to write élu·e, contributeur·rice…: the middle dot ·',
    pattern: /\bélu(?:\(e\)|\.e|-e|\/e|•e)|\b\p{L}+\((?:e|rice|trice)s?\)/giu,
  },
  // People in the plural are written inclusively (« élu·es »); the Répertoire national des élus keeps its name.
  { rule: '« élu·es », not « élus »', pattern: /(?<![\p{L}·]|répertoire national des )élus(?![\p{L}·])/giu },
  {
    rule: 'the IT manager is « responsable informatique » or « DSI »',
    pattern:
      /\b(?:directeur|directrice|service|chef|cheffe|responsable) (?:des systèmes d’information|IT)\b|\binformaticien/gi,
  },
  {
    rule: '« collectivité », not « collectivité locale / territoriale »',
    pattern: /\bcollectivités? (?:locales?|territoriales?)\b/gi,
  },
  // A date is written in words (dateInWords: « 24 juin 2026 », « 1er mars 2027 »), never in figures.
  {
    rule: 'a date in words, not « 24/06/2026 » nor « 2026-06-24 »',
    pattern: /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/g,
  },
  // Elision before a vowel or a mute h: « d’Alice », « l’action », not « de Alice » (see `ofName`).
  {
    rule: 'elision: « d’Alice », not « de Alice »',
    pattern: /(?<![\p{L}-])de (?=[aeiouàâæéèêëîïôœùûü])/giu,
  },
];

/** What a French text breaks, each with a few characters around it. */
export function frenchTypographyProblems(text: string): TypographyProblem[] {
  const prose = text.replace(NOT_PROSE, (m) => '_'.repeat(m.length));
  const problems: TypographyProblem[] = [];
  for (const { rule, pattern } of RULES) {
    for (const match of prose.matchAll(pattern)) {
      const at = match.index ?? 0;
      problems.push({ rule, excerpt: text.slice(Math.max(0, at - 20), at + match[0].length + 20) });
    }
  }
  return problems;
}

/**
 * French spacing for a text made of French parts and values (the history sentences, the feeds, the application
 * file): the space before « : ; ! ? % » and after « becomes a no-break space. Nothing else is touched.
 */
export function frenchTypography(text: string): string {
  return text.replace(/ ([:;!?%»])/g, `${NBSP}$1`).replace(/« /g, `«${NBSP}`);
}

/** A text with the spaces and apostrophes fixed, for the rules that have only one fix. */
export function withFrenchSpaces(text: string): string {
  return text
    .replace(/[ \u202f]+([;:!?»])/g, `${NBSP}$1`)
    .replace(/(\p{L})([;:!?])(?=\s|$)/gu, `$1${NBSP}$2`)
    .replace(/«[ \u202f]*/g, `«${NBSP}`)
    .replace(/(\p{L})'(\p{L})/gu, '$1’$2');
}

export { NBSP };
