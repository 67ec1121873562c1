import { LocalizedText, makeGuard } from './i18n';

/** What kind of thing shows that an action was taken. */
export const EVIDENCE_KINDS = [
  'COUNCIL_DELIBERATION',
  'PROCUREMENT_CLAUSE',
  'RUNNING_SERVICE',
  'PUBLISHED_REPOSITORY',
  'TRAINING_SESSION',
  'PUBLIC_EVENT',
  'PRESS_ARTICLE',
  'DOCUMENT',
  'OTHER',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const isEvidenceKind = makeGuard(EVIDENCE_KINDS);

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, LocalizedText> = {
  COUNCIL_DELIBERATION: { fr: 'Délibération du conseil', en: 'Council deliberation' },
  PROCUREMENT_CLAUSE: { fr: 'Clause de marché public', en: 'Public procurement clause' },
  RUNNING_SERVICE: { fr: 'Service en fonctionnement', en: 'Running service' },
  PUBLISHED_REPOSITORY: { fr: 'Dépôt de code publié', en: 'Published code repository' },
  TRAINING_SESSION: { fr: 'Session de formation', en: 'Training session' },
  PUBLIC_EVENT: { fr: 'Événement public', en: 'Public event' },
  PRESS_ARTICLE: { fr: 'Article de presse', en: 'Press article' },
  DOCUMENT: { fr: 'Document', en: 'Document' },
  OTHER: { fr: 'Autre', en: 'Other' },
};
