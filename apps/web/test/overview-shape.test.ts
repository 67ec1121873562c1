import { POPULATION_STRATA } from '@pacte/pact';
import officialDepartements from '@etalab/decoupage-administratif/data/departements.json';
import officialRegions from '@etalab/decoupage-administratif/data/regions.json';
import shownGrid from '../src/features/overview/data/departement-grid.json';
import {
  areaRows,
  commitmentLevel,
  departementGrid,
  departementRows,
  sectionRows,
  sourceCount,
  stratumRows,
} from '../src/features/overview/utils/shape';

describe('sectionRows', () => {
  it('lists the three sections in catalogue order, titled in the language, null when missing', () => {
    const rows = sectionRows(
      [
        { section: 2, averageScore: 7.2 },
        { section: 1, averageScore: 10.3 },
      ],
      'en',
      (n) => `S${n}`,
    );
    expect(rows.map((r) => [r.key, r.label, r.value])).toEqual([
      ['1', 'S1', 10.3],
      ['2', 'S2', 7.2],
      ['3', 'S3', null],
    ]);
    expect(rows[0].title).toMatch(/free software/i);
  });
});

describe('areaRows', () => {
  it('puts the most advanced first, unknown averages last, ties by name', () => {
    const rows = areaRows([
      { key: '53', name: 'Bretagne', commitments: 1, demoCommitments: 0, averageProgress: 1.9 },
      { key: '84', name: 'Auvergne-Rhône-Alpes', commitments: 1, demoCommitments: 0, averageProgress: 15.5 },
      { key: '11', name: null, commitments: 0, demoCommitments: 0, averageProgress: null },
      { key: '44', name: 'Grand Est', commitments: 2, demoCommitments: 0, averageProgress: 1.9 },
    ]);
    expect(rows.map((r) => r.label)).toEqual(['Auvergne-Rhône-Alpes', 'Bretagne', 'Grand Est', '11']);
  });
});

describe('stratumRows', () => {
  it('keeps every stratum, smallest first, with zero commitments where none', () => {
    const rows = stratumRows(
      [{ key: 'FROM_35000_TO_49999', name: null, commitments: 2, demoCommitments: 0, averageProgress: 10.4 }],
      'fr',
    );
    expect(rows.map((r) => r.key)).toEqual([...POPULATION_STRATA]);
    expect(rows[10]).toMatchObject({ commitments: 2, value: 10.4 });
    expect(rows[0]).toMatchObject({ commitments: 0, value: null });
  });

  it('adds UNKNOWN only when reported', () => {
    const rows = stratumRows(
      [{ key: 'UNKNOWN', name: null, commitments: 1, demoCommitments: 0, averageProgress: 0 }],
      'en',
    );
    expect(rows.at(-1)).toMatchObject({ key: 'UNKNOWN', label: 'Communes of unknown population', commitments: 1 });
  });
});

describe('departementRows', () => {
  it('lists the départements with commitments, most first then by code, with their level and the API’s names', () => {
    const rows = departementRows([
      { key: '92', name: 'Hauts-de-Seine', commitments: 1, demoCommitments: 1, averageProgress: 5.3 },
      { key: '48', name: 'Lozère', commitments: 0, demoCommitments: 0, averageProgress: null },
      { key: '38', name: 'Isère', commitments: 5, demoCommitments: 0, averageProgress: 15.5 },
      { key: '35', name: null, commitments: 1, demoCommitments: 0, averageProgress: 1.9 },
    ]);
    expect(rows.map((r) => [r.code, r.name, r.commitments, r.demoCommitments, r.level])).toEqual([
      ['38', 'Isère', 5, 0, 3],
      ['35', '35', 1, 0, 1],
      ['92', 'Hauts-de-Seine', 1, 1, 1],
    ]);
  });
});

describe('departementGrid', () => {
  const regions = [
    { code: '84', nom: 'Auvergne-Rhône-Alpes', zone: 'metro' },
    { code: '53', nom: 'Bretagne', zone: 'metro' },
    { code: '975', nom: 'Saint-Pierre-et-Miquelon', zone: 'com' },
  ];
  const departements = [
    { code: '38', nom: 'Isère', region: '84', zone: 'metro' },
    { code: '01', nom: 'Ain', region: '84', zone: 'metro' },
    { code: '35', nom: 'Ille-et-Vilaine', region: '53', zone: 'metro' },
    { code: '975', nom: 'Saint-Pierre-et-Miquelon', region: '975', zone: 'com' },
  ];

  it('groups départements by région, with the figures where there are some', () => {
    const grid = departementGrid(departements, regions, [
      { key: '38', name: 'Isère', commitments: 6, demoCommitments: 0, averageProgress: 12 },
    ]);
    expect(grid.map((g) => g.name)).toEqual(['Auvergne-Rhône-Alpes', 'Bretagne']);
    expect(grid[0]).toMatchObject({ commitments: 6 });
    expect(grid[0].departements).toEqual([
      { code: '38', name: 'Isère', commitments: 6, demoCommitments: 0, averageProgress: 12, level: 3 },
      { code: '01', name: 'Ain', commitments: 0, demoCommitments: 0, averageProgress: null, level: 0 },
    ]);
  });

  it('covers the 101 départements of the official list', () => {
    const all = departementGrid(officialDepartements, officialRegions, []);
    expect(all.flatMap((g) => g.departements)).toHaveLength(101);
    expect(all).toHaveLength(18);
  });

  it('is the same from the dashboard’s trimmed data (departement-grid.json) as from the official list', () => {
    const stats = [{ key: '974', name: 'La Réunion', commitments: 3, demoCommitments: 1, averageProgress: 40 }];
    expect(departementGrid(shownGrid.departements, shownGrid.regions, stats)).toEqual(
      departementGrid(officialDepartements, officialRegions, stats),
    );
  });
});

describe('commitmentLevel and sourceCount', () => {
  it('bins commitments for the colour scale', () => {
    expect([0, 1, 2, 4, 5, 9, 10, 250].map(commitmentLevel)).toEqual([0, 1, 2, 2, 3, 3, 4, 4]);
  });
  it('reads a source count, 0 when absent', () => {
    expect(sourceCount([{ key: 'LIST_MAJORITY', count: 2 }], 'LIST_MAJORITY')).toBe(2);
    expect(sourceCount([], 'COUNCIL_DELIBERATION')).toBe(0);
  });
});
