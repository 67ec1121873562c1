import type { errorsFr } from './errors.fr';

/** English texts of the API's error codes not covered elsewhere (see errors.fr.ts). */
export const errorsEn: Record<keyof typeof errorsFr, string> = {
  'apiError.QUERY_TOO_COMPLEX':
    'This request is too heavy for the server. Reload the page; if it happens again, report it.',
  'apiError.QUERY_TOO_DEEP':
    'This request is nested too deeply for the server. Reload the page; if it happens again, report it.',
  'apiError.TOO_MANY_ALIASES':
    'This request is too long for the server. Reload the page; if it happens again, report it.',
  'apiError.TOO_MANY_DIRECTIVES':
    'This request is too long for the server. Reload the page; if it happens again, report it.',
  'apiError.TOO_MANY_TOKENS': 'This request is too long for the server. Shorten what you typed, then try again.',
  'apiError.BAD_USER_INPUT': 'The server does not accept this request. Check what you typed.',
  'apiError.ALREADY_EXISTS': 'This already exists (someone may have added it at the same time). Reload the page.',
  'apiError.INTERNAL_SERVER_ERROR':
    'The server ran into an error. Try again in a moment; if it happens again, report it.',
  'apiError.ACCOUNT_REQUIRED': 'Sign in to follow a collectivity.',
  'apiError.OIDC_DISABLED': 'Signing in through an identity provider is not offered on this site.',
  'apiError.OIDC_STATE_MISMATCH': 'This sign-in was not started from this browser. Start signing in again.',
  'apiError.OIDC_SIGN_IN_FAILED': 'Signing in through the identity provider failed. Start signing in again.',
  'apiError.OIDC_EMAIL_REQUIRED': 'The identity provider gave no verified e-mail address, which a new account needs.',
  'apiError.OIDC_ACCOUNT_CONFLICT': 'The account with this e-mail address is already linked to another identity.',
  'apiError.SIGN_IN_LINK_INVALID': 'This sign-in link has been used already or does not exist.',
  'apiError.ROLE_ALREADY_REQUESTED': 'You have already requested or been granted this role.',
  'apiError.ROLE_NOT_PENDING': 'This role request has already been handled. Reload the page.',
  'apiError.COLLECTIVITY_REQUIRED': 'This role is held in a collectivity: choose it.',
  'apiError.COLLECTIVITY_MEMBER_REQUIRED':
    'Only a signed-in elected official or IT manager of the collectivity can reply.',
  'apiError.UNKNOWN_EDITION': 'This edition of the pact does not exist.',
  'apiError.AMBIGUOUS_CODE': 'This code names several collectivities: say which one.',
  'apiError.COLLECTIVITY_EXISTS': 'This collectivity already exists.',
  'apiError.MAJORITY_TAKEN': 'Another list already holds the majority in this commune.',
  'apiError.LIST_ONLY_IN_COMMUNE':
    'A candidate list stands in a commune; an intercommunality commits by its council’s deliberation.',
  'apiError.LIST_ALREADY_MATCHED': 'This list is already matched with another list of the Ministry’s results.',
  'apiError.EVIDENCE_COMMITMENT_MISMATCH': 'Evidence can only support actions of the commitment it belongs to.',
  'apiError.UNKNOWN_TNL_CRITERION': 'This is not a criterion of the Territoire Numérique Libre label.',
  'apiError.UNKNOWN_IMPORT_KIND': 'This kind of import does not exist.',
};
