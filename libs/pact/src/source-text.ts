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
