import * as pact from '@pacte/pact';
import { MESSAGES } from '../src/lib/i18n';
import { frenchTypographyProblems } from './support/french-typography';

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
  return [...found].map(([text, where]) => [where, text]);
}

const problemsOf = (texts: [string, string][]) =>
  texts.flatMap(([where, text]) => frenchTypographyProblems(text).map((p) => ({ where, ...p })));

describe('French typography and words', () => {
  it('flags what the rules are about, and passes correct French', () => {
    const rules = (text: string) => frenchTypographyProblems(text).map((p) => p.rule);
    expect(rules('Rechercher : une commune')).toHaveLength(1);
    expect(rules('Rechercher: une commune')).toHaveLength(1);
    expect(rules('Et maintenant ?')).toHaveLength(1);
    expect(rules('la liste « Ensemble »')).toHaveLength(2);
    expect(rules("l'action")).toHaveLength(1);
    expect(rules('Métropole et Corse')).toHaveLength(1);
    expect(rules('Les open data de la commune')).toHaveLength(1);
    expect(rules('un élu(e) ou un.e contributeur(rice)')).toHaveLength(2);
    expect(rules('les collectivités locales')).toHaveLength(1);
    expect(rules('les élus du conseil, d’après le répertoire national des élus')).toHaveLength(1);
    expect(
      rules(
        'Rechercher\u00a0: la liste «\u00a0Ensemble\u00a0» de l’élu·e\u00a0? Voir https://april.org/a?b=1 à 14:30.',
      ),
    ).toEqual([]);
  });

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
