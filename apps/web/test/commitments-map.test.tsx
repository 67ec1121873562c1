import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import departements from '@etalab/decoupage-administratif/data/departements.json';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import CommitmentsMap from '../src/features/overview/components/CommitmentsMap';
import anchorData from '../src/features/overview/data/departement-anchors.json';
import {
  MAP_VIEWS,
  creditUrl,
  fitBounds,
  isInView,
  mapMarkers,
  markerRadius,
  panBy,
  project,
  tileUrl,
  unproject,
  zoomBy,
} from '../src/features/overview/utils/map';
import { OSM_SETTINGS } from './support/fixtures';
import { mockGraphQL, renderWithProviders } from './support/render';

/**
 * The real map (Pigeon Maps) draws here; jsdom lays nothing out, so every box measures what the map's style sheet
 * gives it on a wide screen (800 × 512), and images neither load nor fail unless the test says so. Chromium checks the
 * drawing itself (e2e/map.e2e-spec.ts).
 */
const WIDTH = 800;
const HEIGHT = 512;
beforeEach(() => {
  jest.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue({
    x: 0,
    y: 0,
    left: 0,
    top: 0,
    width: WIDTH,
    height: HEIGHT,
    right: WIDTH,
    bottom: HEIGHT,
  } as DOMRect);
});
afterEach(() => jest.restoreAllMocks());

/** A circle's centre in the map, from the position the map gave it. */
function centreOf(circle: HTMLElement): [number, number] {
  const [, x, y] = /translate\((-?[\d.]+)px, (-?[\d.]+)px\)/.exec(circle.style.transform)!.map(Number);
  const r = parseFloat(circle.style.width) / 2;
  return [x + r, y + r];
}

/** How far apart the circles of Isère and Hauts-de-Seine are, in pixels: it doubles with each zoom level. */
function spread(map: HTMLElement): number {
  const [a, b] = ['38', '92'].map((code) => centreOf(map.querySelector<HTMLElement>(`.map-circle-${code}`)!));
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

/** The highest zoom level of the tiles on screen. */
function tileZoom(map: HTMLElement): number {
  const zooms = Array.from(map.querySelectorAll('img'), (img) => Number(img.getAttribute('src')!.split('/')[3]));
  return Math.max(...zooms);
}

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
  it('draws the tiles of the configured server, credits it, and one circle per département, at its chef-lieu', async () => {
    renderWithProviders(<CommitmentsMap byDepartement={byDepartement} settings={OSM_SETTINGS} />);
    const map = await screen.findByTestId('france-map');
    const circles = Array.from(map.querySelectorAll<HTMLElement>('.map-circle'));
    // Named buttons (the tooltip's text), biggest first so that the small ones are drawn over them.
    expect(circles.map((c) => c.getAttribute('aria-label')!.replace(/\s/g, ' '))).toEqual([
      'Isère (38) : 3 collectivités engagées, avancement moyen 15,5 %',
      'Hauts-de-Seine (92) : 1 collectivité engagée, avancement moyen 5,3 %',
      'La Réunion (974) : 1 collectivité engagée, avancement moyen 40 %',
    ]);
    expect(circles.map((c) => c.tagName)).toEqual(['BUTTON', 'BUTTON', 'BUTTON']);
    expect(circles[0]).toHaveTextContent('Isère (38) : 3 collectivités engagées');
    // Mainland France fills the map: Grenoble (38) south-east of Nanterre (92), both in view; La Réunion is not.
    const [isere, hautsDeSeine, reunion] = circles.map(centreOf);
    expect(isere[0]).toBeGreaterThan(hautsDeSeine[0]);
    expect(isere[1]).toBeGreaterThan(hautsDeSeine[1]);
    for (const [x, y] of [isere, hautsDeSeine]) {
      expect([x > 0 && x < WIDTH, y > 0 && y < HEIGHT]).toEqual([true, true]);
    }
    expect(reunion[0] > WIDTH || reunion[1] > HEIGHT).toBe(true);
    // Radius by count: 12 px for Isère's 3, 6 px for one.
    expect(circles.map((c) => c.style.width)).toEqual(['24px', '12px', '12px']);
    // OpenStreetMap's tiles, at the zoom that shows mainland France, credited with a link.
    const tiles = Array.from(map.querySelectorAll('img'), (img) => img.getAttribute('src'));
    expect(tiles.length).toBeGreaterThan(4);
    expect(tiles.every((src) => /^https:\/\/tile\.openstreetmap\.org\/5\/\d+\/\d+\.png$/.test(src!))).toBe(true);
    expect(within(map).getByRole('link', { name: '© les contributeurs d’OpenStreetMap' })).toHaveAttribute(
      'href',
      'https://www.openstreetmap.org/copyright',
    );
    // With tiles, the grid is not repeated under the map; the table is there as its text alternative.
    expect(screen.queryByRole('list', { name: 'Légende' })).not.toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Départements ayant au moins une collectivité engagée' })).toBeVisible();
  });

  it('moves with the view buttons, the zoom buttons and the keyboard', async () => {
    renderWithProviders(<CommitmentsMap byDepartement={byDepartement} settings={OSM_SETTINGS} />);
    const map = await screen.findByTestId('france-map');
    const circle = (code: string) => map.querySelector<HTMLElement>(`.map-circle-${code}`)!;
    const inside = (code: string) => {
      const [x, y] = centreOf(circle(code));
      return x > 0 && x < WIDTH && y > 0 && y < HEIGHT;
    };
    expect([inside('38'), inside('974')]).toEqual([true, false]);

    fireEvent.click(screen.getByRole('button', { name: 'La Réunion' }));
    expect(screen.getByRole('button', { name: 'La Réunion' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Hexagone et Corse' })).toHaveAttribute('aria-pressed', 'false');
    await waitFor(() => expect([inside('38'), inside('974')]).toEqual([false, true]));
    await waitFor(() => expect(tileZoom(map)).toBeGreaterThan(8));

    // Each level out halves the distances on the map.
    const far = spread(map);
    fireEvent.click(screen.getByRole('button', { name: 'Zoom arrière' }));
    await waitFor(() => expect(spread(map) / far).toBeCloseTo(0.5, 3));
    fireEvent.click(screen.getByRole('button', { name: 'Zoom avant' }));
    await waitFor(() => expect(spread(map) / far).toBeCloseTo(1, 3));

    // The map itself is a keyboard stop: + and − zoom, the arrows move it (the circles move the other way).
    const canvas = screen.getByRole('region', { name: /Carte de France des collectivités engagées/ });
    expect(canvas).toHaveAttribute('tabindex', '0');
    fireEvent.keyDown(canvas, { key: '-' });
    await waitFor(() => expect(spread(map) / far).toBeCloseTo(0.5, 3));
    const before = centreOf(circle('974'));
    fireEvent.keyDown(canvas, { key: 'ArrowRight' });
    await waitFor(() => expect(centreOf(circle('974'))[0]).toBeCloseTo(before[0] - 80, 0));
    fireEvent.keyDown(canvas, { key: 'ArrowDown' });
    await waitFor(() => expect(centreOf(circle('974'))[1]).toBeCloseTo(before[1] - 80, 0));

    // Tab onto a circle out of view brings it into view.
    act(() => circle('38').focus());
    await waitFor(() => expect(inside('38')).toBe(true));
  });

  it('says so and shows the per-département grid when tiles cannot be loaded', async () => {
    renderWithProviders(<CommitmentsMap byDepartement={byDepartement} settings={OSM_SETTINGS} />);
    const map = await screen.findByTestId('france-map');
    for (const img of Array.from(map.querySelectorAll('img')).slice(0, 3)) fireEvent.error(img);
    // The grid comes in a chunk of its own, with the official list of départements and régions.
    expect(await screen.findByRole('list', { name: 'Légende' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Le fond de carte n’a pas pu être chargé');
    expect(
      screen.getByText('Isère (38) : 3 collectivités engagées, avancement moyen 15,5 %', { selector: '.map-tile *' }),
    ).toBeInTheDocument();
    expect(document.querySelectorAll('.map-tile').length).toBeGreaterThan(90);
    // The circles stay on the map.
    expect(map.querySelectorAll('.map-circle')).toHaveLength(3);
  });

  it("never lets the operator's credit become markup, nor its link a script", async () => {
    renderWithProviders(
      <CommitmentsMap
        byDepartement={byDepartement}
        settings={{
          tileUrl: '/tuiles/{z}/{x}/{y}.png',
          attribution: '<img src=x onerror=alert(1)>',
          attributionUrl: 'javascript:alert(1)',
        }}
      />,
    );
    const map = await screen.findByTestId('france-map');
    const credit = map.querySelector('.france-map-credit')!;
    expect(credit).toHaveTextContent('Pigeon Maps | <img src=x onerror=alert(1)>');
    expect(credit.querySelectorAll('img')).toHaveLength(0);
    expect(
      within(credit as HTMLElement)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Pigeon Maps']);
  });

  it('shows the grid alone when the operator turned tiles off', async () => {
    renderWithProviders(
      <CommitmentsMap
        byDepartement={byDepartement}
        settings={{ tileUrl: null, attribution: '', attributionUrl: null }}
      />,
    );
    expect(await screen.findByRole('list', { name: 'Légende' })).toBeInTheDocument();
    expect(screen.queryByTestId('france-map')).not.toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Départements ayant au moins une collectivité engagée' })).toBeVisible();
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

  it("keeps the credit's link only when it is a web address", () => {
    expect(creditUrl('https://example.fr/tuiles')).toBe('https://example.fr/tuiles');
    expect(creditUrl('javascript:alert(1)')).toBeNull();
    expect(creditUrl(null)).toBeNull();
  });

  it("fills the operator's tile template, subdomain and retina parts included", () => {
    expect(tileUrl('https://tile.openstreetmap.org/{z}/{x}/{y}.png')(16, 11, 5)).toBe(
      'https://tile.openstreetmap.org/5/16/11.png',
    );
    expect(tileUrl('https://{s}.tiles.example/{z}/{x}/{y}{r}.png')(1, 1, 2)).toBe('https://c.tiles.example/2/1/1.png');
    expect(tileUrl('/t/{z}/{x}/{y}.png')(0, 0, 2)).toBe('/t/2/0/0.png');
  });

  it('projects as the tile servers cut their tiles (Web Mercator), and back', () => {
    expect(project([0, 0], 0)).toEqual([128, 128]);
    // Paris is on tile x=16, y=11 at zoom 5.
    const [x, y] = project([48.8566, 2.3522], 5).map((v) => Math.floor(v / 256));
    expect([x, y]).toEqual([16, 11]);
    const [lat, lng] = unproject(project([45.1787, 5.7148], 7), 7);
    expect(lat).toBeCloseTo(45.1787, 6);
    expect(lng).toBeCloseTo(5.7148, 6);
  });

  it('fits a view to the map: the whole of mainland France, at the closest whole zoom, within the levels', () => {
    const metropole = MAP_VIEWS[0].bounds;
    const view = fitBounds(metropole, { width: 800, height: 512 });
    expect(view.zoom).toBe(5);
    for (const corner of metropole) expect(isInView(view, { width: 800, height: 512 }, corner)).toBe(true);
    // So does a phone's (390 px wide, 350 px for the map); a narrower map sees it one level further out.
    expect(fitBounds(metropole, { width: 350, height: 500 }).zoom).toBe(5);
    expect(fitBounds(metropole, { width: 300, height: 500 }).zoom).toBe(4);
    expect(
      fitBounds(
        [
          [45, 5],
          [45.0001, 5.0001],
        ],
        { width: 800, height: 512 },
      ).zoom,
    ).toBe(12);
    expect(zoomBy(view, -10).zoom).toBe(2);
    const moved = panBy(view, [256, 0]);
    expect(project(moved.center, 5)[0] - project(view.center, 5)[0]).toBeCloseTo(256, 6);
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
