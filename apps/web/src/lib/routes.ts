/** Permalinks are spelled once, in libs/pact (the API renders the same pages' heads and links to them). */
export { collectivityPath, electionPath, kindFromSlug, kindSlug } from '@pacte/pact';

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
  /** The page of the link sent to a new e-mail address (AccountsService.requestEmailChange), with `?token=…`. */
  confirmEmail: '/confirmer-adresse',
} as const;
