import type { CollectivityKind, LocalizedText } from '@pacte/pact';

/** What the server-rendered heads say, in the dashboard's two languages (the same words as its own titles). */
export const PAGE_TEXTS = {
  siteTitle: { fr: 'Pacte du Logiciel Libre — suivi des engagements', en: 'Free Software Pact — commitment tracker' },
  siteDescription: {
    fr: 'Suivi des engagements du Pacte du Logiciel Libre 2026, action par action : collectivités engagées, preuves, audits et historique, en données ouvertes.',
    en: 'Tracking the commitments of the 2026 Free Software Pact, action by action: committed collectivities, evidence, assessments and history, as open data.',
  },
  nationalFeed: {
    fr: 'Pacte du Logiciel Libre — toutes les collectivités engagées',
    en: 'Free Software Pact — every committed collectivity',
  },
  search: { fr: 'Rechercher une collectivité', en: 'Find a collectivity' },
  searchDescription: {
    fr: 'Trouver une commune, une intercommunalité, un syndicat, un département ou une région par son nom, son code INSEE, son SIREN ou son code postal.',
    en: 'Find a commune, an intercommunal body, a syndicat, a département or a région by name, INSEE code, SIREN or postcode.',
  },
  committed: { fr: 'Collectivités engagées', en: 'Committed collectivities' },
  committedDescription: {
    fr: 'Les collectivités engagées dans le Pacte du Logiciel Libre, filtrées par région, département, type, strate de population, source et score, avec leur avancement ; téléchargeables en CSV, ODS et JSON.',
    en: 'The collectivities committed to the Free Software Pact, by région, département, kind, population class, source and score, with their progress; downloadable as CSV, ODS and JSON.',
  },
  elections: { fr: 'Élections', en: 'Elections' },
  electionsDescription: {
    fr: 'Les élections municipales et communautaires de 2026 : listes candidates qui ont signé le Pacte du Logiciel Libre, signataires et élu·es.',
    en: 'The 2026 municipal and community elections: candidate lists that signed the Free Software Pact, signatories and who was elected.',
  },
  openData: { fr: 'Données ouvertes', en: 'Open data' },
  openDataDescription: {
    fr: 'Toutes les données du suivi en formats ouverts (CSV, ODS, JSON, GeoJSON) et une archive complète, sous Licence Ouverte 2.0.',
    en: 'Every dataset of the tracker in open formats (CSV, ODS, JSON, GeoJSON) and a full dump, under the Licence Ouverte 2.0.',
  },
  signIn: { fr: 'Connexion', en: 'Sign in' },
  account: { fr: 'Mon compte', en: 'My account' },
  forgotPassword: { fr: 'Mot de passe oublié', en: 'Forgotten password' },
  resetPassword: { fr: 'Nouveau mot de passe', en: 'New password' },
  desk: { fr: 'Campagne', en: 'Campaign desk' },
  accountDescription: {
    fr: 'Espace des élu·es, des DSI et des associations du Pacte du Logiciel Libre.',
    en: 'The space of elected officials, IT managers and associations of the Free Software Pact.',
  },
  notFound: { fr: 'Page introuvable', en: 'Page not found' },
  notFoundDescription: {
    fr: 'Cette adresse ne correspond à aucune page du site.',
    en: 'This address matches no page of the site.',
  },
} satisfies Record<string, LocalizedText>;

export const KIND_LABELS: Record<CollectivityKind, LocalizedText> = {
  COMMUNE: { fr: 'commune', en: 'commune' },
  COMMUNAUTE_DE_COMMUNES: { fr: 'communauté de communes', en: 'communauté de communes' },
  COMMUNAUTE_D_AGGLOMERATION: { fr: 'communauté d’agglomération', en: 'communauté d’agglomération' },
  COMMUNAUTE_URBAINE: { fr: 'communauté urbaine', en: 'communauté urbaine' },
  METROPOLE: { fr: 'métropole', en: 'métropole' },
  SYNDICAT: { fr: 'syndicat', en: 'syndicat' },
  DEPARTEMENT: { fr: 'département', en: 'département' },
  REGION: { fr: 'région', en: 'région' },
};

/** A score in percent as each language writes it: 45,2 % / 45.2%. */
export function formatPercent(value: number, lang: 'fr' | 'en'): string {
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return lang === 'fr' ? `${text.replace('.', ',')} %` : `${text}%`;
}
