import { departementRows, type AreaStat, type DepartementTile } from './shape';

export type LatLng = [number, number];

export interface MapMarker extends DepartementTile {
  position: LatLng;
  /** Radius of the circle in pixels: its area grows with the number of committed collectivities. */
  radius: number;
}

/** Circle radius for `commitments` committed collectivities: 6 px for one, growing with the square root, 28 px at most. */
export function markerRadius(commitments: number): number {
  if (commitments <= 0) return 0;
  return Math.min(28, Math.round(6 + 4 * Math.sqrt(commitments - 1)));
}

/**
 * One circle per département that has committed collectivities, at its chef-lieu; biggest first so that small
 * circles are drawn on top. Départements without a known position are left out (the table still lists them).
 */
export function mapMarkers(stats: ReadonlyArray<AreaStat>, anchors: Readonly<Record<string, LatLng>>): MapMarker[] {
  return departementRows(stats)
    .filter((d) => anchors[d.code] !== undefined)
    .map((d) => ({ ...d, position: anchors[d.code], radius: markerRadius(d.commitments) }));
}

export type MapViewKey = 'metropole' | '971' | '972' | '973' | '974' | '976';

/** The views a reader can jump to (south-west and north-east corners): metropolitan France, then each overseas département. */
export const MAP_VIEWS: ReadonlyArray<{ key: MapViewKey; bounds: [LatLng, LatLng] }> = [
  {
    key: 'metropole',
    bounds: [
      [41.3, -5.2],
      [51.1, 9.6],
    ],
  },
  {
    key: '971',
    bounds: [
      [15.83, -61.81],
      [16.52, -61.0],
    ],
  },
  {
    key: '972',
    bounds: [
      [14.38, -61.23],
      [14.88, -60.8],
    ],
  },
  {
    key: '973',
    bounds: [
      [2.1, -54.6],
      [5.8, -51.6],
    ],
  },
  {
    key: '974',
    bounds: [
      [-21.4, 55.2],
      [-20.85, 55.84],
    ],
  },
  {
    key: '976',
    bounds: [
      [-13.0, 45.0],
      [-12.63, 45.3],
    ],
  },
];

/** The credit's link, when it is a web address (never `javascript:` or the like); null otherwise. */
export function creditUrl(url: string | null): string | null {
  return url && /^https?:\/\//.test(url) ? url : null;
}

/**
 * The address of one tile from the operator's template: {z}, {x} and {y}, and {s} (a subdomain: a, b or c) and {r}
 * (a retina suffix, none here) as tile servers write them.
 */
export function tileUrl(template: string): (x: number, y: number, z: number) => string {
  return (x, y, z) => {
    const parts: Record<string, string> = { x: String(x), y: String(y), z: String(z), s: 'abc'[(x + y) % 3], r: '' };
    return template.replace(/\{([xyzsr])\}/g, (_, key: string) => parts[key]);
  };
}

/** Where the map looks and how close: what the map shows, and what the view buttons and the keyboard change. */
export interface MapView {
  center: LatLng;
  zoom: number;
}

export interface MapSize {
  width: number;
  height: number;
}

export const MIN_ZOOM = 2;
export const MAX_ZOOM = 12;

/** Web Mercator, as the tile servers cut their tiles: a point's pixel at a zoom level (the world is 256 px at zoom 0). */
export function project([lat, lng]: LatLng, zoom: number): [number, number] {
  const world = 256 * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return [((lng + 180) / 360) * world, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * world];
}

/** The point at a pixel of the world at a zoom level (the inverse of `project`). */
export function unproject([x, y]: [number, number], zoom: number): LatLng {
  const world = 256 * 2 ** zoom;
  const n = Math.PI - (2 * Math.PI * y) / world;
  return [(180 / Math.PI) * Math.atan(Math.sinh(n)), (x / world) * 360 - 180];
}

/** The closest whole zoom level that shows all of `bounds` in a map of `size`, centred on them. */
export function fitBounds([southWest, northEast]: readonly [LatLng, LatLng], size: MapSize): MapView {
  const [west, south] = project(southWest, 0);
  const [east, north] = project(northEast, 0);
  const fits = Math.floor(Math.log2(Math.min(size.width / (east - west), size.height / (south - north))));
  return {
    center: unproject([(west + east) / 2, (north + south) / 2], 0),
    zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, fits)),
  };
}

/** The view moved by a number of pixels (right and down are positive), at the same zoom. */
export function panBy(view: MapView, [dx, dy]: [number, number]): MapView {
  const [x, y] = project(view.center, view.zoom);
  return { center: unproject([x + dx, y + dy], view.zoom), zoom: view.zoom };
}

/** The view zoomed in (+1) or out (−1), within the map's levels. */
export function zoomBy(view: MapView, step: number): MapView {
  return { center: view.center, zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.zoom + step)) };
}

/** Whether a point is inside a map of `size` showing `view`. */
export function isInView(view: MapView, size: MapSize, point: LatLng): boolean {
  const [cx, cy] = project(view.center, view.zoom);
  const [x, y] = project(point, view.zoom);
  return Math.abs(x - cx) <= size.width / 2 && Math.abs(y - cy) <= size.height / 2;
}
