import { isSearchable, normalizeQuery, queryKind } from '../src/features/search/utils/query';
import { collectivityPath, electionPath, kindFromSlug, kindSlug } from '../src/lib/routes';
import type { CollectivityKind } from '../src/generated/graphql';

describe('permalinks', () => {
  const kinds: CollectivityKind[] = [
    'COMMUNE',
    'COMMUNAUTE_DE_COMMUNES',
    'COMMUNAUTE_D_AGGLOMERATION',
    'COMMUNAUTE_URBAINE',
    'METROPOLE',
    'SYNDICAT',
    'DEPARTEMENT',
    'REGION',
  ];

  it('round-trips every kind through its slug', () => {
    for (const kind of kinds) expect(kindFromSlug(kindSlug(kind))).toBe(kind);
    expect(new Set(kinds.map(kindSlug)).size).toBe(kinds.length);
  });

  it('builds the collectivity and election paths', () => {
    expect(collectivityPath('COMMUNE', '38151')).toBe('/collectivite/commune/38151');
    expect(collectivityPath('DEPARTEMENT', '2A')).toBe('/collectivite/departement/2A');
    expect(electionPath('COMMUNE', '38151')).toBe('/elections/commune/38151');
  });

  it('rejects unknown slugs', () => {
    expect(kindFromSlug('village')).toBeUndefined();
    expect(kindFromSlug(undefined)).toBeUndefined();
    expect(kindFromSlug('Commune')).toBe('COMMUNE');
  });
});

describe('search query', () => {
  it('normalizes and needs two characters', () => {
    expect(normalizeQuery('  saint   martin ')).toBe('saint martin');
    expect(isSearchable(' e ')).toBe(false);
    expect(isSearchable('ec')).toBe(true);
  });

  it('tells codes from names', () => {
    expect(queryKind('38151')).toBe('postcode-or-insee');
    expect(queryKind('2A004')).toBe('postcode-or-insee');
    expect(queryKind('200040715')).toBe('siren');
    expect(queryKind('échirolles')).toBe('name');
  });
});
