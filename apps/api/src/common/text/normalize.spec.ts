import { foldForSearch } from './normalize';

describe('foldForSearch', () => {
  it.each([
    ['Échirolles', 'echirolles'],
    ['Saint-Étienne-de-Crossey', 'saint etienne de crossey'],
    ["L'Haÿ-les-Roses", 'l hay les roses'],
    ['Œuilly', 'oeuilly'],
    ['  CC  Faucigny - Glières ', 'cc faucigny glieres'],
  ])('%s → %s', (input, folded) => {
    expect(foldForSearch(input)).toBe(folded);
  });
});
