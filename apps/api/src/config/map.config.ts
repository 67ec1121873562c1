import { z } from 'zod';
import { type Env, httpUrl, problem, text } from './env';

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

export const OSM_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '© les contributeurs d’OpenStreetMap';
const OSM_COPYRIGHT = 'https://www.openstreetmap.org/copyright';
const OFF = /^(off|none|false)$/i;

/**
 * MAP_TILE_URL (default: OpenStreetMap's standard tiles; `off` for none), MAP_TILE_ATTRIBUTION and
 * MAP_TILE_ATTRIBUTION_URL (default: OpenStreetMap's credit when the URL is the default one, else none).
 */
export const mapEnv = {
  MAP_TILE_URL: z
    .string()
    .refine((url) => OFF.test(url) || /^(https?:\/\/\S+|\/\S*)$/.test(url), {
      error: 'must be an http(s) URL or a path on this site, or "off"',
    })
    .refine((url) => OFF.test(url) || ['{z}', '{x}', '{y}'].every((part) => url.includes(part)), {
      error: 'must contain {z}, {x} and {y}',
      abort: true,
    })
    .optional(),
  MAP_TILE_ATTRIBUTION: text(),
  MAP_TILE_ATTRIBUTION_URL: httpUrl(),
};

type MapEnv = z.infer<z.ZodObject<typeof mapEnv>>;

export function checkMapEnv(env: Env, ctx: z.RefinementCtx): void {
  const custom = env.MAP_TILE_URL !== undefined && env.MAP_TILE_URL !== OSM_TILE_URL && !OFF.test(env.MAP_TILE_URL);
  if (custom && !env.MAP_TILE_ATTRIBUTION) {
    problem(ctx, 'MAP_TILE_ATTRIBUTION', 'is required with a custom MAP_TILE_URL (tile servers ask to be credited)');
  }
}

export function toMapConfig(env: MapEnv): MapConfig {
  if (env.MAP_TILE_URL && OFF.test(env.MAP_TILE_URL)) {
    return { tileUrl: null, attribution: env.MAP_TILE_ATTRIBUTION ?? '', attributionUrl: null };
  }
  const tileUrl = env.MAP_TILE_URL ?? OSM_TILE_URL;
  const isOsm = tileUrl === OSM_TILE_URL;
  return {
    tileUrl,
    attribution: env.MAP_TILE_ATTRIBUTION ?? (isOsm ? OSM_ATTRIBUTION : ''),
    attributionUrl: env.MAP_TILE_ATTRIBUTION_URL ?? (isOsm ? OSM_COPYRIGHT : null),
  };
}
