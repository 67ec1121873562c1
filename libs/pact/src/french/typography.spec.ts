import { elidesBefore, frenchTypographyProblems, ofName } from './index';

const rules = (text: string) => frenchTypographyProblems(text).map((p) => p.rule);

describe('the French typography checker', () => {
  it('flags what the rules are about, and passes correct French', () => {
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

  it('wants dates in words, never in figures', () => {
    expect(rules('Voici les changements du 24/06/2026 au 01/07/2026.')).toHaveLength(2);
    expect(rules('Preuve du 2026-06-24')).toHaveLength(1);
    expect(rules('Voici les changements du 24 juin 2026 au 1er juillet 2026.')).toEqual([]);
    // An address is not prose: its date stays as it is.
    expect(rules('Voir https://example.org/2026-06-24/resultats.csv')).toEqual([]);
  });

  it('wants the elision before a vowel: « Formulaire d’Alice », not « Formulaire de Alice »', () => {
    expect(rules('Formulaire de Alice enregistré.')).toHaveLength(1);
    expect(rules('Formulaire de Émile enregistré.')).toHaveLength(1);
    expect(rules('Formulaire d’Alice enregistré, formulaire de Bob aussi.')).toEqual([]);
  });
});

describe('« de » before a name', () => {
  it('elides before a vowel, a mute h and a y before a consonant', () => {
    expect(ofName('Alice')).toBe('d’Alice');
    expect(ofName('Émile Zola')).toBe('d’Émile Zola');
    expect(ofName('Hélène')).toBe('d’Hélène');
    expect(ofName('Yves')).toBe('d’Yves');
    expect(ofName(' Ursule ')).toBe('d’Ursule');
  });

  it('keeps « de » before a consonant, a consonant y and an aspirated h', () => {
    expect(ofName('Bob')).toBe('de Bob');
    expect(ofName('Yann')).toBe('de Yann');
    expect(ofName('Hollande')).toBe('de Hollande');
    expect(elidesBefore('Haute-Savoie')).toBe(false);
  });
});
