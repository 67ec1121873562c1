import type { coreFr } from './core.fr';

/** English messages of the app, navigation, footer, common words, errors, collectivity kinds: the keys and placeholders of the French ones. */
export const coreEn: Record<keyof typeof coreFr, string> = {
  'app.name': 'Free Software Pact — tracker',

  'nav.skip': 'Skip to content',
  'nav.label': 'Main navigation',
  'nav.overview': 'National overview',
  'nav.search': 'Search',
  'nav.elections': 'Elections',
  'language.label': 'Language',

  'footer.about':
    'A public tracker, action by action, of the Free Software Pact (Pacte du Logiciel Libre) signed for the 2026 French municipal and community elections.',
  'footer.licence': 'Free software under the AGPL-3.0-or-later licence',
  'footer.data':
    'Pact text: April. Collectivities: French administrative boundaries (Etalab). Chef-lieu positions: GeoNames (CC BY 4.0).',

  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.demo': 'Demo (fictional)',
  'common.notAvailable': 'not given',
  'common.inhabitants_one': '{count} inhabitant',
  'common.inhabitants_other': '{count} inhabitants',

  'error.title': 'The data could not be loaded.',
  'error.network': 'The server does not answer. Check your connection and try again.',
  'error.api': 'The server’s answer: {message}',
  'error.unexpected': 'Unexpected error. Reload the page and try again.',

  'notFound.title': 'Page not found',
  'notFound.body': 'This address matches no page of the site.',

  'downloads.label': 'Download:',
  'downloads.linkOf': '{format} — {title}',
  'footer.openData': 'Open data',
  'notFound.home': 'Back to the national overview',

  'pact.sectionShort': 'Section {number}',

  'kind.COMMUNE': 'Commune',
  'kind.COMMUNAUTE_DE_COMMUNES': 'Community of communes',
  'kind.COMMUNAUTE_D_AGGLOMERATION': 'Agglomeration community',
  'kind.COMMUNAUTE_URBAINE': 'Urban community',
  'kind.METROPOLE': 'Metropolis',
  'kind.SYNDICAT': 'Joint authority (syndicat)',
  'kind.DEPARTEMENT': 'Département',
  'kind.REGION': 'Région',

  'home.title': 'Where does the Free Software Pact stand?',
  'home.lead':
    'Some candidate lists in the 2026 municipal elections signed the Free Software Pact, others did not. A collectivity is committed once a signing list won its majority or its council adopted the pact: follow, action by action, what it does with it.',

  'apiError.INVALID_CREDENTIALS': 'Wrong e-mail address or password.',
  'apiError.EMAIL_TAKEN': 'An account already uses this e-mail address. Sign in instead.',
  'apiError.RATE_LIMITED': 'Too many attempts. Wait a moment (a minute at most), then try again.',
  'apiError.EVIDENCE_FILE_UNSAFE':
    'File refused: its content is not safe (a hidden web page, an archive inside another file, or an abnormal OpenDocument file).',
  'apiError.EXPORT_UNKNOWN_DATASET': 'There is no such dataset. The list of datasets is on the “Open data” page.',
  'apiError.EXPORT_UNKNOWN_FORMAT': 'That format is not offered for this dataset (CSV, ODS, JSON or GeoJSON).',
  'apiError.EXPORT_UNKNOWN_FILTER': 'That filter does not apply to this dataset.',
  'apiError.EXPORT_INVALID_FILTER':
    'A filter’s value is not accepted (a code, a YYYY-MM-DD date or a score from 0 to 100).',
  'apiError.DATABASE_UNAVAILABLE': 'The service is briefly unavailable. Try again in a few seconds.',
  'apiError.CROSS_SITE_REQUEST': 'Request refused: it does not come from this site. Reload the page and try again.',
  'apiError.INVALID_RESET_TOKEN':
    'This reset link is no longer valid: it was already used or it expired (it lasts 60 minutes). Ask for a new one.',
  'apiError.VALIDATION_FAILED': 'The server does not accept some values. Check the form.',
  'apiError.UNAUTHENTICATED': 'Your session has expired. Sign in again.',
  'apiError.FORBIDDEN': 'Your role does not allow this change.',
  'apiError.NOT_FOUND': 'Not found, or your role does not allow changing this collectivity.',
  'apiError.UNKNOWN_ACTION': 'This action is not in the pact edition of the commitment.',
  'apiError.COMMITMENT_WITHDRAWN': 'This commitment was withdrawn: its progress and evidence can no longer be changed.',
  'apiError.EVIDENCE_FILE_TYPE': 'File type refused: send a PDF, an OpenDocument file, a PNG or a JPEG.',
  'apiError.PDF_REQUIRED': 'File type refused: only a PDF is accepted here.',
  'apiError.EVIDENCE_FILE_TOO_LARGE': 'The file is too large.',
  'apiError.EVIDENCE_FILE_MISSING': 'The file is empty.',
  'apiError.EVIDENCE_NOT_LINKED': 'This evidence does not support this action.',
  'apiError.ASSESSMENT_EVIDENCE_MISMATCH': 'This evidence does not belong to this commitment.',
  'apiError.AUDITOR_REQUIRED': 'Only a signed-in auditor can assess.',
  'apiError.NETWORK': 'The server does not answer. Check your connection and try again.',
  'apiError.other': 'The server refused the request (code {code}).',
  'apiError.WRONG_PASSWORD': 'The current password is not right.',
  'apiError.INVALID_EMAIL_CHANGE_TOKEN':
    'This confirmation link is no longer valid: it was used or has expired. Ask for a new one.',
  'apiError.CONFIRMATION_MISMATCH': 'The address typed is not the account’s.',
  'apiError.CONFLICT': 'Someone changed this in the meantime. Reload the page.',
  'conflict.title': 'Someone changed this while you were editing it: your change was not saved.',
  'conflict.current': 'What is recorded now:',
  'conflict.reapply': 'Re-apply my change',
  'conflict.keep': 'Keep the current version',
  'apiError.CATALOGUE_ENTRY_NOT_FOUND': 'This software is no longer in the catalogue. Choose another one.',
  'apiError.TNL_LABEL_ALREADY_RECORDED': 'A label of this vintage is already recorded for this collectivity.',

  // The layout's links and account menu, and the welcome after signing up: shown before any page's own messages load.
  'welcome.title': 'Your account is created',
  'welcome.next':
    'What next? Find your collectivity: follow it to hear of its news, or ask for a role there (elected official, IT manager, contributor) to keep its tracking up to date.',
  'welcome.search': 'Find a collectivity',
  'welcome.account': 'See my account',
  'auth.signInLink': 'Sign in',
  'auth.signedInAs': 'Signed in: {name}',
  'auth.signOut': 'Sign out',
  'nav.desk': 'Campaign',
  'directory.nav': 'Committed collectivities',
};
