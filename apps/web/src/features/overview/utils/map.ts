import { commitmentLevel, type AreaStat, type DepartementTile } from './shape';

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
  return stats
    .filter((s) => s.commitments > 0 && anchors[s.key] !== undefined)
    .map((s) => ({
      code: s.key,
      name: s.name ?? s.key,
      commitments: s.commitments,
      demoCommitments: s.demoCommitments,
      averageProgress: s.averageProgress,
      level: commitmentLevel(s.commitments),
      position: anchors[s.key],
      radius: markerRadius(s.commitments),
    }))
    .sort((a, b) => b.commitments - a.commitments || a.code.localeCompare(b.code));
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

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * The credit line of the tiles as Leaflet's attribution control wants it (HTML), built from the operator's plain
 * text and link so that nothing in the configuration is ever interpreted as markup.
 */
export function attributionHtml(attribution: string, url: string | null): string {
  if (!attribution) return '';
  const text = escapeHtml(attribution);
  return url && /^https?:\/\//.test(url) ? `<a href="${escapeHtml(url)}">${text}</a>` : text;
}
