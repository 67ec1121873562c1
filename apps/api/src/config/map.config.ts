/** The background of the dashboard's map of France: a raster tile server, or none. */
export interface MapConfig {
  /**
   * URL template of the tiles ({z}/{x}/{y}, optionally {s} and {r}); null when the operator turned tiles off, in which
   * case the map shows the data on a plain background.
   */
  tileUrl: string | null;
  /** Credit the tile server asks for, shown as plain text on the map. */
  attribution: string;
  /** Where the credit links to. */
  attributionUrl: string | null;
}

type Env = Record<string, string | undefined>;

export const OSM_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '© les contributeurs d’OpenStreetMap';
const OSM_COPYRIGHT = 'https://www.openstreetmap.org/copyright';

/**
 * MAP_TILE_URL (default: OpenStreetMap's standard tiles; `off` for none), MAP_TILE_ATTRIBUTION and
 * MAP_TILE_ATTRIBUTION_URL (default: OpenStreetMap's credit when the URL is the default one, else none).
 */
export function loadMapConfig(env: Env, problems: string[]): MapConfig {
  const raw = env.MAP_TILE_URL?.trim();
  if (raw && /^(off|none|false)$/i.test(raw)) {
    return { tileUrl: null, attribution: env.MAP_TILE_ATTRIBUTION?.trim() ?? '', attributionUrl: null };
  }
  const tileUrl = raw || OSM_TILE_URL;
  if (!/^(https?:\/\/[^\s]+|\/[^\s]*)$/.test(tileUrl)) {
    problems.push('MAP_TILE_URL must be an http(s) URL or a path on this site, or "off"');
  } else if (!['{z}', '{x}', '{y}'].every((part) => tileUrl.includes(part))) {
    problems.push('MAP_TILE_URL must contain {z}, {x} and {y}');
  }
  const isOsm = tileUrl === OSM_TILE_URL;
  const attribution = env.MAP_TILE_ATTRIBUTION?.trim() || (isOsm ? OSM_ATTRIBUTION : '');
  const attributionUrl = env.MAP_TILE_ATTRIBUTION_URL?.trim() || (isOsm ? OSM_COPYRIGHT : null);
  if (attributionUrl && !/^https?:\/\/\S+$/.test(attributionUrl)) {
    problems.push('MAP_TILE_ATTRIBUTION_URL must be an http(s) URL');
  }
  if (!isOsm && !attribution) {
    problems.push('MAP_TILE_ATTRIBUTION is required with a custom MAP_TILE_URL (tile servers ask to be credited)');
  }
  return { tileUrl, attribution, attributionUrl };
}
