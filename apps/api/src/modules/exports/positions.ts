import positions from './data/collectivity-positions.json';

type LatLng = [number, number];
const TABLE = positions as unknown as Record<'C' | 'E' | 'D' | 'R', Record<string, LatLng>>;

/** Which part of the table a kind of collectivity is in (syndicats have no position). */
const PART: Record<string, 'C' | 'E' | 'D' | 'R' | undefined> = {
  COMMUNE: 'C',
  COMMUNAUTE_DE_COMMUNES: 'E',
  COMMUNAUTE_D_AGGLOMERATION: 'E',
  COMMUNAUTE_URBAINE: 'E',
  METROPOLE: 'E',
  DEPARTEMENT: 'D',
  REGION: 'R',
};

/** The GeoJSON point of a collectivity ([longitude, latitude]), or null when the table has none. */
export function pointOf(kind: string | null, code: string | null): { type: 'Point'; coordinates: LatLng } | null {
  if (kind === null || code === null) return null;
  const part = PART[kind];
  const position = part ? TABLE[part][code] : undefined;
  return position ? { type: 'Point', coordinates: [position[1], position[0]] } : null;
}

/** How many communes the table places, and of how many (the figures the datasets' descriptions state). */
export const POSITION_COVERAGE = {
  communes: (positions as unknown as { communes: number }).communes,
  communesPlaced: Object.keys(TABLE.C).length,
};
