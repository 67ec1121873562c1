import { TNL_SELF_ASSESSMENT_NOTICE } from './label';
import { describeAwardedLabel, describeLegacyEstimate, describeTierEstimate, latestAwardedLabel } from './wording';

describe('the readiness in words', () => {
  it('never says “niveau 0” on the 1-to-5 scale', () => {
    expect(describeLegacyEstimate(0).fr).toBe('aucun niveau de l’ancienne échelle (2016–2024, niveaux 1 à 5)');
    expect(describeLegacyEstimate(0).fr).not.toMatch(/niveau 0/);
    expect(describeLegacyEstimate(3).fr).toBe('niveau 3 de l’ancienne échelle (2016–2024, niveaux 1 à 5)');
  });

  it('does not present the Badge as a grade of the Label', () => {
    expect(describeTierEstimate('BADGE').fr).toMatch(/^le Badge \(l’entrée dans la démarche, distincte des niveaux/);
    expect(describeTierEstimate('BADGE').fr).not.toMatch(/Label Badge|niveau Badge/);
    expect(describeTierEstimate('ARGENT').fr).toBe('Label Argent');
  });

  it('says the jury publishes no grid “à notre connaissance”', () => {
    expect(TNL_SELF_ASSESSMENT_NOTICE.fr).toMatch(/À notre connaissance, le jury .* ne publie pas de grille/);
  });
});

describe('awarded labels', () => {
  it('picks the latest vintage, then the higher level, and says it with its year', () => {
    const labels = [
      { year: 2021, scale: 'LEGACY' as const, level: '4' },
      { year: 2025, scale: '2025' as const, level: 'BADGE' },
      { year: 2025, scale: '2025' as const, level: 'OR' },
    ];
    expect(latestAwardedLabel(labels)).toBe(labels[2]);
    expect(latestAwardedLabel([])).toBeNull();
    expect(describeAwardedLabel(labels[2]).fr).toBe('Label Or, millésime 2025');
    expect(describeAwardedLabel(labels[0]).fr).toBe('Niveau 4, millésime 2021');
  });
});
