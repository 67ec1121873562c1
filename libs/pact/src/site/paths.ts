import type { CollectivityKind } from '../collectivity-kind';

/**
 * The dashboard's addresses, shared by the dashboard (its router and links) and the API (the server-rendered head of
 * each page, feed entries' links, the badge's snippet), so that a permalink is spelled once.
 */

/** The kind as it appears in permalinks: /collectivite/commune/38151. */
export const KIND_SLUGS: Record<CollectivityKind, string> = {
  COMMUNE: 'commune',
  COMMUNAUTE_DE_COMMUNES: 'communaute-de-communes',
  COMMUNAUTE_D_AGGLOMERATION: 'communaute-d-agglomeration',
  COMMUNAUTE_URBAINE: 'communaute-urbaine',
  METROPOLE: 'metropole',
  SYNDICAT: 'syndicat',
  DEPARTEMENT: 'departement',
  REGION: 'region',
};

const KINDS_BY_SLUG = new Map(Object.entries(KIND_SLUGS).map(([kind, slug]) => [slug, kind as CollectivityKind]));

export function kindSlug(kind: CollectivityKind): string {
  return KIND_SLUGS[kind];
}

/** The kind of a permalink slug (case-insensitive), or undefined when the slug is unknown. */
export function kindFromSlug(slug: string | undefined): CollectivityKind | undefined {
  return slug === undefined ? undefined : KINDS_BY_SLUG.get(slug.toLowerCase());
}

/** Permalink of a collectivity page. */
export function collectivityPath(kind: CollectivityKind, code: string): string {
  return `/collectivite/${kindSlug(kind)}/${encodeURIComponent(code)}`;
}

/** The election view of a collectivity: lists, signatories, who was elected. */
export function electionPath(kind: CollectivityKind, code: string): string {
  return `/elections/${kindSlug(kind)}/${encodeURIComponent(code)}`;
}

/**
 * The embeddable SVG badge of a committed collectivity (served by the API). A département and a région may share a
 * code (`11`): their badge names the kind.
 */
export function badgePath(code: string, kind?: CollectivityKind): string {
  const shared = kind === 'DEPARTEMENT' || kind === 'REGION';
  return `/badges/${encodeURIComponent(code)}.svg${shared ? `?kind=${kindSlug(kind)}` : ''}`;
}

/** The public Atom feeds (served by the API). */
export const FEED_PATHS = {
  national: '/feeds/national.atom',
  collectivity: (id: string) => `/feeds/collectivity/${encodeURIComponent(id)}.atom`,
} as const;
