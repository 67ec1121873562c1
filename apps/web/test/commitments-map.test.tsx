import { act, fireEvent, screen, within } from '@testing-library/react';
import departements from '@etalab/decoupage-administratif/data/departements.json';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import CommitmentsMap from '../src/features/overview/components/CommitmentsMap';
import type { MapMarker } from '../src/features/overview/utils/map';
import anchorData from '../src/features/overview/data/departement-anchors.json';
import { attributionHtml, mapMarkers, markerRadius } from '../src/features/overview/utils/map';
import { OSM_SETTINGS } from './support/fixtures';
import { mockGraphQL, renderWithProviders } from './support/render';

/**
 * Leaflet draws in Chromium (the e2e suite checks the circles and the tiles there); here the map is a stand-in that
 * shows what it was given and lets the test click a circle or make the tiles fail.
 */
const mapProps: { current?: Record<string, any> } = {};
jest.mock('../src/features/overview/components/FranceMap', () => ({
  __esModule: true,
  default: (props: Record<string, any>) => {
    mapProps.current = props;
    return (
      <div data-testid="france-map">
        {props.markers.map((m: MapMarker) => (
          <button key={m.code} type="button" onClick={() => props.onSelect(m.code)}>
            {props.describe(m)}
          </button>
        ))}
      </div>
    );
  },
}));

const byDepartement = [
  { key: '38', name: 'Isère', commitments: 3, demoCommitments: 0, averageProgress: 15.5 },
  { key: '974', name: 'La Réunion', commitments: 1, demoCommitments: 0, averageProgress: 40 },
  { key: '92', name: 'Hauts-de-Seine', commitments: 1, demoCommitments: 0, averageProgress: 5.3 },
];

function isere(offset: number, total = 23) {
  const count = Math.min(20, total - offset);
  return {
    committedCollectivities: {
      totalCount: total,
      offset,
      hasNextPage: offset + count < total,
      nodes: Array.from({ length: count }, (_, i) => ({
        id: `c-${offset + i}`,
        kind: 'COMMUNE',
        code: String(38100 + offset + i),
        name: offset + i === 0 ? 'Échirolles' : `Commune ${offset + i}`,
        population: 1000,
        commitment: { id: `m-${offset + i}`, demo: false, scores: { overall: offset + i === 0 ? 18.2 : null } },
      })),
    },
  };
}

describe('the map of committed collectivities', () => {
  it('draws one circle per département with commitments, with its figures, at its chef-lieu', async () => {
    renderWithProviders(<CommitmentsMap byDepartement={byDepartement} settings={OSM_SETTINGS} />);
    const map = await screen.findByTestId('france-map', {}, { timeout: 15000 });
    expect(
      within(map)
        .getAllByRole('button')
        .map((b) => b.textContent?.replace(/\s/g, ' ')),
    ).toEqual([
      'Isère (38) : 3 collectivités engagées, avancement moyen 15,5 %',
      'Hauts-de-Seine (92) : 1 collectivité engagée, avancement moyen 5,3 %',
      'La Réunion (974) : 1 collectivité engagée, avancement moyen 40 %',
    ]);
    expect(mapProps.current?.settings).toEqual(OSM_SETTINGS);
    expect(mapProps.current?.markers[0].position).toEqual([45.1787, 5.7148]); // Grenoble
    // With tiles, the grid is not repeated under the map; the table is there as its text alternative.
    expect(screen.queryByRole('list', { name: 'Légende' })).not.toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Départements ayant au moins une collectivité engagée' })).toBeVisible();
  });

  it('says so and shows the per-département grid when tiles cannot be loaded', async () => {
    renderWithProviders(<CommitmentsMap byDepartement={byDepartement} settings={OSM_SETTINGS} />);
    await screen.findByTestId('france-map', {}, { timeout: 15000 });
    await act(() => mapProps.current?.onTilesFailed());
    expect(screen.getByRole('status')).toHaveTextContent('Le fond de carte n’a pas pu être chargé');
    expect(screen.getByRole('list', { name: 'Légende' })).toBeInTheDocument();
    expect(
      screen.getByText('Isère (38) : 3 collectivités engagées, avancement moyen 15,5 %', { selector: '.map-tile *' }),
    ).toBeInTheDocument();
  });

  it('shows the grid alone when the operator turned tiles off', () => {
    renderWithProviders(
      <CommitmentsMap
        byDepartement={byDepartement}
        settings={{ tileUrl: null, attribution: '', attributionUrl: null }}
      />,
    );
    expect(screen.queryByTestId('france-map')).not.toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Légende' })).toBeInTheDocument();
  });

  it("lists a département's committed collectivities from a circle or the table, with links and pages", async () => {
    const calls = mockGraphQL({ CommittedInDepartement: (v) => isere(Number(v.offset)) });
    renderWithProviders(<CommitmentsMap byDepartement={byDepartement} settings={OSM_SETTINGS} />);
    fireEvent.click(screen.getByRole('button', { name: 'Voir la liste (Isère)' }));
    const list = await screen.findByRole('region', { name: 'Collectivités engagées — Isère (38)' });
    expect(await within(list).findByRole('link', { name: 'Échirolles' })).toHaveAttribute(
      'href',
      '/collectivite/commune/38100',
    );
    expect(list).toHaveTextContent('23 collectivités engagées — 1 à 20');
    expect(list).toHaveTextContent('Commune · avancement 18,2 %');
    expect(within(list).getByRole('heading')).toHaveFocus();
    fireEvent.click(within(list).getByRole('button', { name: 'Suivantes' }));
    expect(await within(list).findByRole('link', { name: 'Commune 22' })).toBeInTheDocument();
    expect(list).toHaveTextContent('21 à 23');
    expect(within(list).getByRole('button', { name: 'Suivantes' })).toBeDisabled();
    expect(calls.map((c) => c.variables)).toEqual([
      { departementCode: '38', first: 20, offset: 0 },
      { departementCode: '38', first: 20, offset: 20 },
    ]);
    // A circle opens the same list for its département.
    mockGraphQL({
      CommittedInDepartement: () => ({
        committedCollectivities: { totalCount: 0, offset: 0, hasNextPage: false, nodes: [] },
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: /^La Réunion \(974\)/ }, { timeout: 15000 }));
    expect(
      await screen.findByRole('region', { name: 'Collectivités engagées — La Réunion (974)' }),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Fermer la liste' }));
    expect(screen.queryByRole('region', { name: /Collectivités engagées —/ })).not.toBeInTheDocument();
  });
});

describe('map utilities', () => {
  it('sizes circles by the square root of the count, within bounds', () => {
    expect([0, 1, 2, 5, 10, 1000].map(markerRadius)).toEqual([0, 6, 10, 14, 18, 28]);
  });

  it('leaves out départements without commitments or without a position', () => {
    const markers = mapMarkers(
      [
        { key: '38', name: 'Isère', commitments: 2, demoCommitments: 0, averageProgress: 1 },
        { key: '48', name: 'Lozère', commitments: 0, demoCommitments: 0, averageProgress: null },
        { key: '989', name: 'Clipperton', commitments: 1, demoCommitments: 0, averageProgress: null },
      ],
      { '38': [45.18, 5.71], '48': [44.5, 3.5] },
    );
    expect(markers.map((m) => [m.code, m.level, m.radius])).toEqual([['38', 2, 10]]);
  });

  it("never lets the operator's credit become markup", () => {
    expect(attributionHtml('<img src=x onerror=alert(1)>', 'https://example.fr/"x')).toBe(
      '<a href="https://example.fr/&quot;x">&lt;img src=x onerror=alert(1)&gt;</a>',
    );
    expect(attributionHtml('Tuiles © moi', 'javascript:alert(1)')).toBe('Tuiles © moi');
    expect(attributionHtml('', null)).toBe('');
  });

  it('has a position for every département of the referential that has a place to anchor, in its territory', () => {
    const anchors = anchorData.anchors as unknown as Record<string, [number, number]>;
    const codes = departements.map((d: { code: string }) => d.code);
    expect(codes.filter((c: string) => !anchors[c])).toEqual(['984', '989']);
    const inMetropole = ([lat, lng]: [number, number]) => lat > 41 && lat < 51.2 && lng > -5.2 && lng < 9.7;
    for (const d of departements as { code: string; zone: string }[]) {
      if (d.zone === 'metro') expect([d.code, inMetropole(anchors[d.code])]).toEqual([d.code, true]);
    }
    expect(inMetropole(anchors['974'])).toBe(false);
  });

  it('is what the referential and GeoNames give (scripts/departement-anchors.mjs --check)', () => {
    const script = path.resolve(__dirname, '../scripts/departement-anchors.mjs');
    expect(execFileSync(process.execPath, [script, '--check'], { encoding: 'utf8' })).toMatch(/up to date/);
  });
});
