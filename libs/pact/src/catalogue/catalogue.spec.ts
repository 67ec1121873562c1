import { readFileSync } from 'fs';
import { join } from 'path';
import { EVIDENCE_KINDS } from '../evidence-kind';
import { plainSourceText } from '../source-text';
import { TNL_DOMAINS } from '../tnl-domain';
import { compareActionCodes, findAction, getCatalogue, getSection, isActionCode } from './catalogue';
import { getSections } from './sections';
import { CURRENT_EDITION, PACT_EDITIONS, PactSectionNumber } from './types';

const SEED_PATH = join(__dirname, '..', '..', 'reference', 'pacte-du-logiciel-libre-2026.md');
const seed = readFileSync(SEED_PATH, 'utf8');
const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The line that opens the checklist of each section. Bullets of a section before it are context (section 3 opens
 * with two bullets describing what contributing is), bullets after it are actions, indented ones included.
 */
const CHECKLIST_OPENERS: Record<PactSectionNumber, string> = {
  1: "Faire de l'utilisation du logiciel libre un projet politique structuré",
  2: 'Sensibilisation et accompagnement, facteurs clefs de succès',
  3: 'Formaliser une politique de contribution au logiciel libre',
};

interface SeedBullet {
  section: PactSectionNumber;
  text: string;
  indented: boolean;
}

/** Reads the checklist bullets of each section from the seed document, in reading order. */
function parseSeedChecklists(markdown: string): SeedBullet[] {
  const lines = markdown.split('\n');
  // A section heading is "<1-3> <Capitalised title>"; footnotes ("5 <https://…>") and the front page ("- 1. …") aren't.
  const headings = lines
    .map((line, index) => ({ index, match: /^([1-3]) (\p{Lu}.*)$/u.exec(line.trim()) }))
    .filter((h) => h.match !== null);
  expect(headings.map((h) => Number(h.match?.[1]))).toEqual([1, 2, 3]);

  const bullets: SeedBullet[] = [];
  headings.forEach((heading, i) => {
    const section = Number(heading.match?.[1]) as PactSectionNumber;
    const sectionLines = lines.slice(heading.index + 1, headings[i + 1]?.index ?? lines.length);
    const opener = sectionLines.findIndex((line) => line.trim().startsWith(CHECKLIST_OPENERS[section]));
    expect(opener).toBeGreaterThanOrEqual(0);
    for (const line of sectionLines.slice(opener + 1)) {
      const bullet = /^(\s*)- (.*)$/.exec(line);
      if (bullet) {
        bullets.push({ section, text: bullet[2], indented: bullet[1].length > 0 });
      }
    }
  });
  return bullets;
}

describe('catalogue 2026', () => {
  const catalogue = getCatalogue('2026');
  const seedBullets = parseSeedChecklists(seed);

  it('has as many actions per section as the seed has checklist bullets', () => {
    for (const section of [1, 2, 3] as const) {
      const inSeed = seedBullets.filter((b) => b.section === section).length;
      const inCatalogue = catalogue.actions.filter((a) => a.section === section).length;
      expect({ section, count: inCatalogue }).toEqual({ section, count: inSeed });
    }
    // Sanity check of the parser itself against the pact as announced (11, 10 and 10 bullets).
    expect(seedBullets.filter((b) => b.section === 1)).toHaveLength(11);
    expect(seedBullets.filter((b) => b.section === 2)).toHaveLength(10);
    expect(seedBullets.filter((b) => b.section === 3)).toHaveLength(10);
  });

  it('takes every bullet of the seed, in the order of the seed', () => {
    expect(catalogue.actions.map((a) => normalize(a.sourceText))).toEqual(seedBullets.map((b) => normalize(b.text)));
  });

  it('quotes every source text verbatim from the seed (modulo whitespace)', () => {
    const normalizedSeed = normalize(seed);
    for (const action of catalogue.actions) {
      expect(normalizedSeed).toContain(normalize(action.sourceText));
    }
  });

  it('makes the indented bullet on business software action 1.6, between proven software and servers', () => {
    const indented = seedBullets.filter((b) => b.indented);
    expect(indented).toHaveLength(1);
    expect(findAction('1.6')?.sourceText).toBe(indented[0].text);
    expect(findAction('1.5')?.sourceText).toContain('LibreOffice');
    expect(findAction('1.6')?.sourceText).toContain('Comptoir du libre');
    expect(findAction('1.7')?.title.fr).toBe('Serveurs sous GNU/Linux');
    expect(findAction('1.8')?.sourceText).toMatch(/^Migrer progressivement des postes de travail/);
  });

  it("leaves out section 3's introductory bullets", () => {
    const texts = catalogue.actions.map((a) => a.sourceText);
    expect(texts.some((t) => t.startsWith('Un travail mutualisable'))).toBe(false);
    expect(texts.some((t) => t.startsWith('Un investissement'))).toBe(false);
    expect(findAction('3.1')?.sourceText).toMatch(/^publier sous licence libre/);
    expect(findAction('3.10')?.sourceText).toContain('Libre en Fête');
    expect(findAction('3.10')?.sourceText).toContain('Fête des Possibles');
  });

  it('gives unique codes, <section>.<order>, ordered and without gaps', () => {
    const codes = catalogue.actions.map((a) => a.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort(compareActionCodes)).toEqual(codes);
    for (const section of [1, 2, 3] as const) {
      const actions = catalogue.actions.filter((a) => a.section === section);
      expect(actions.map((a) => a.order)).toEqual(actions.map((_, i) => i + 1));
      expect(actions.map((a) => a.code)).toEqual(actions.map((a) => `${section}.${a.order}`));
    }
  });

  it('describes every action completely and sensibly', () => {
    for (const action of catalogue.actions) {
      expect(action.edition).toBe('2026');
      expect(action.weight).toBeGreaterThan(0);
      for (const text of [action.title, action.description]) {
        expect(text.fr.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
      expect(action.title.fr.length).toBeLessThanOrEqual(60);
      expect(action.evidenceKinds.length).toBeGreaterThan(0);
      expect(new Set(action.evidenceKinds).size).toBe(action.evidenceKinds.length);
      expect(action.evidenceKinds.every((k) => (EVIDENCE_KINDS as readonly string[]).includes(k))).toBe(true);
      expect(action.tnlDomains.length).toBeGreaterThan(0);
      expect(new Set(action.tnlDomains).size).toBe(action.tnlDomains.length);
      expect(action.tnlDomains.every((d) => (TNL_DOMAINS as readonly string[]).includes(d))).toBe(true);
    }
  });

  it('has three sections titled as in the seed', () => {
    expect(catalogue.sections.map((s) => s.number)).toEqual([1, 2, 3]);
    for (const section of catalogue.sections) {
      expect(seed).toContain(`${section.number} ${section.title.fr}`);
      expect(section.summary.fr).not.toBe('');
      expect(section.summary.en).not.toBe('');
    }
    expect(getSection(2).title.en).toBe('Defend and promote empowering computing');
    expect(() => getSection(4)).toThrow(/Unknown section 4/);
  });

  it('is frozen, so that no caller can change it for everyone', () => {
    const action = catalogue.actions[0];
    expect(() => {
      (action as { weight: number }).weight = 5;
    }).toThrow(TypeError);
    expect(() => catalogue.actions.push(action)).toThrow(TypeError);
    expect(getCatalogue().actions[0].weight).toBe(1);
  });
});

describe('editions and look-ups', () => {
  it('defaults to the current edition', () => {
    expect(PACT_EDITIONS).toEqual(['2026']);
    expect(CURRENT_EDITION).toBe('2026');
    expect(getCatalogue()).toBe(getCatalogue('2026'));
  });

  it('throws a clear error for an unknown edition', () => {
    expect(() => getCatalogue('2032')).toThrow('Unknown pact edition "2032"; known editions: 2026');
    expect(() => findAction('1.1', '2032')).toThrow(/Unknown pact edition/);
    expect(() => isActionCode('1.1', '2032')).toThrow(/Unknown pact edition/);
  });

  it('finds actions by code', () => {
    expect(findAction('2.7')?.title.fr).toBe('Logiciels libres dans les écoles');
    expect(findAction('3.10', '2026')?.order).toBe(10);
    expect(findAction('1.12')).toBeUndefined();
    expect(isActionCode('1.11')).toBe(true);
    expect(isActionCode('2.10')).toBe(true);
    for (const code of ['1.12', '2.11', '3.11', '1.0', '4.1', '1', '01.1', '']) {
      expect(isActionCode(code)).toBe(false);
    }
  });

  it('sorts codes the way the pact reads', () => {
    expect(['3.1', '1.10', '2.1', '1.2', '1.1'].sort(compareActionCodes)).toEqual(['1.1', '1.2', '1.10', '2.1', '3.1']);
  });
});

describe('plainSourceText', () => {
  it('drops links, footnote marks and the closing semicolon', () => {
    expect(plainSourceText(findAction('3.8')?.sourceText ?? '')).toBe(
      'Candidater au label « Territoire Numérique Libre » pour valoriser les actions menées',
    );
    expect(plainSourceText(findAction('1.6')?.sourceText ?? '')).toBe(
      "Il existe également de nombreux logiciels métiers libres, notamment recensés sur le Comptoir du libre de l'ADULLACT",
    );
    expect(plainSourceText('Deux  espaces\n et un point.')).toBe('Deux espaces et un point.');
  });
});

describe('getSections', () => {
  it('gives the edition’s sections, the very objects of its catalogue, without loading its actions', () => {
    expect(getSections()).toBe(getCatalogue().sections);
    expect(getSections().map((s) => s.number)).toEqual([1, 2, 3]);
  });
});
