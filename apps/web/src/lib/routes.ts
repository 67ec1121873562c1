import type { CollectivityKind } from '../generated/graphql';

/** The kind as it appears in permalinks: /collectivite/commune/38151. */
const KIND_SLUGS: Record<CollectivityKind, string> = {
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

export const paths = {
  home: '/',
  search: '/recherche',
  committed: '/collectivites-engagees',
  /** Every dataset, the dump, the licence: the "Données ouvertes" page. */
  openData: '/donnees-ouvertes',
  elections: '/elections',
  signIn: '/connexion',
  account: '/mon-compte',
  /** The campaign desk: role requests, review queue, imports (moderators and administrators). */
  desk: '/campagne',
  /** The API's sign-out for OpenID Connect sessions: here, then at the provider. */
  oidcLogout: '/auth/oidc/logout',
  forgotPassword: '/mot-de-passe-oublie',
  /** The page of the link the API e-mails (AccountsService.requestPasswordReset), with `?token=…`. */
  resetPassword: '/reinitialiser-mot-de-passe',
} as const;
