import type { Locale } from '@pacte/pact';

/** Role names as the users of the README call them. */
export const ROLE_LABELS: Record<string, Record<Locale, string>> = {
  ELECTED_OFFICIAL: { fr: 'élu·e', en: 'elected official' },
  IT_MANAGER: { fr: 'DSI (responsable informatique)', en: 'IT manager' },
  CONTRIBUTOR: { fr: 'contributeur·rice', en: 'contributor' },
  AUDITOR: { fr: 'auditeur·rice', en: 'auditor' },
  CAMPAIGN_MODERATOR: { fr: 'modérateur·rice de campagne', en: 'campaign moderator' },
  ADMIN: { fr: 'administrateur·rice', en: 'administrator' },
};
