import * as pact from '@pacte/pact';
import { frenchTypographyProblems } from '@pacte/pact';
import { MESSAGES } from '../src/lib/i18n';

/** Every `{ fr, en }` text reachable from the library's exports (labels, catalogue, criteria…), with where it is. */
function pactFrenchTexts(): [string, string][] {
  const found = new Map<string, string>();
  const seen = new WeakSet<object>();
  const visit = (value: unknown, where: string, depth: number) => {
    if (depth > 8 || value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    const record = value as Record<string, unknown>;
    if (typeof record.fr === 'string' && typeof record.en === 'string') found.set(record.fr, where);
    const entries = value instanceof Map ? [...value.entries()] : Object.entries(record);
    for (const [key, child] of entries) visit(child, `${where}.${String(key)}`, depth + 1);
  };
  for (const [name, value] of Object.entries(pact)) visit(value, name, 0);
  // The catalogue and its sections are reached through functions: their titles and descriptions are the product's.
  visit(pact.getCatalogue(), 'getCatalogue()', 0);
  visit(pact.getSections(), 'getSections()', 0);
  return [...found].map(([text, where]) => [where, text]);
}

const problemsOf = (texts: [string, string][]) =>
  texts.flatMap(([where, text]) => frenchTypographyProblems(text).map((p) => ({ where, ...p })));

// The rules themselves, and what they flag, are libs/pact's (src/french/typography.ts and its spec).
describe('French typography and words', () => {
  it('holds in every French message of the dashboard', () => {
    expect(problemsOf(Object.entries(MESSAGES.fr))).toEqual([]);
  });

  it('holds in every French label of libs/pact', () => {
    const texts = pactFrenchTexts();
    // The catalogue of the pact, the label's criteria and the statuses are among them.
    expect(texts.length).toBeGreaterThan(200);
    expect(problemsOf(texts)).toEqual([]);
  });
});
