import { LocalizedText, makeGuard } from '../i18n';

/** What a software of the inventory (or of the catalogue of free alternatives) is used for. */
export const SOFTWARE_CATEGORIES = [
  'OFFICE_SUITE',
  'EMAIL',
  'BROWSER',
  'WORKSTATION_OS',
  'SERVER_OS',
  'BUSINESS_APPLICATION',
  'SCHOOL',
  'MAPS',
  'GRAPHICS',
  'MULTIMEDIA',
  'DESKTOP_PUBLISHING',
  'AUDIO',
  'COLLABORATION',
  'TELEPHONY',
  'IDENTITY',
  'DIGITAL_MEDIATION',
  'OTHER',
] as const;
export type SoftwareCategory = (typeof SOFTWARE_CATEGORIES)[number];

export const isSoftwareCategory = makeGuard(SOFTWARE_CATEGORIES);

export const SOFTWARE_CATEGORY_LABELS: Record<SoftwareCategory, LocalizedText> = {
  OFFICE_SUITE: { fr: 'Suite bureautique', en: 'Office suite' },
  EMAIL: { fr: 'Messagerie électronique', en: 'E-mail' },
  BROWSER: { fr: 'Navigateur web', en: 'Web browser' },
  WORKSTATION_OS: { fr: 'Système d’exploitation des postes de travail', en: 'Workstation operating system' },
  SERVER_OS: { fr: 'Système d’exploitation des serveurs', en: 'Server operating system' },
  BUSINESS_APPLICATION: { fr: 'Logiciel métier', en: 'Business application' },
  SCHOOL: { fr: 'Informatique scolaire', en: 'School computing' },
  MAPS: { fr: 'Cartographie', en: 'Maps' },
  GRAPHICS: { fr: 'Graphisme et retouche d’image', en: 'Graphics and image editing' },
  MULTIMEDIA: { fr: 'Multimédia (vidéo)', en: 'Multimedia (video)' },
  DESKTOP_PUBLISHING: { fr: 'Publication assistée par ordinateur', en: 'Desktop publishing' },
  AUDIO: { fr: 'Édition audio', en: 'Audio editing' },
  COLLABORATION: { fr: 'Travail collaboratif', en: 'Collaboration' },
  TELEPHONY: { fr: 'Téléphonie', en: 'Telephony' },
  IDENTITY: { fr: 'Gestion des identités et de l’authentification', en: 'Identity and authentication' },
  DIGITAL_MEDIATION: { fr: 'Lieux de médiation numérique', en: 'Digital mediation places' },
  OTHER: { fr: 'Autre', en: 'Other' },
};

/**
 * The pact actions that moving a category to free software advances (the links an inventory item carries by
 * default; a free alternative of the catalogue may name its own).
 *
 * - The desktop tools the pact names as "proven free software to start with" (office suite, browser, e-mail, maps,
 *   graphics, multimedia, desktop publishing, audio) advance 1.5, and so do collaboration, telephony and identity
 *   tools, which the pact's "etc." covers.
 * - Business applications advance 1.6 (free business software, Comptoir du Libre); server OS 1.7; workstation OS
 *   1.8; school computing 2.7 (schools on free software such as Primitux); the machines of digital mediation places
 *   2.8 (mediation places on GNU/Linux).
 * - OTHER advances nothing by default: the user links it to actions by hand.
 */
const CATEGORY_ACTION_CODES: Record<SoftwareCategory, readonly string[]> = {
  OFFICE_SUITE: ['1.5'],
  EMAIL: ['1.5'],
  BROWSER: ['1.5'],
  WORKSTATION_OS: ['1.8'],
  SERVER_OS: ['1.7'],
  BUSINESS_APPLICATION: ['1.6'],
  SCHOOL: ['2.7'],
  MAPS: ['1.5'],
  GRAPHICS: ['1.5'],
  MULTIMEDIA: ['1.5'],
  DESKTOP_PUBLISHING: ['1.5'],
  AUDIO: ['1.5'],
  COLLABORATION: ['1.5'],
  TELEPHONY: ['1.5'],
  IDENTITY: ['1.5'],
  DIGITAL_MEDIATION: ['2.8'],
  OTHER: [],
};

/** The pact action codes a migration of this category to free software advances (see `CATEGORY_ACTION_CODES`). */
export function actionCodesForCategory(category: SoftwareCategory): string[] {
  const codes = CATEGORY_ACTION_CODES[category];
  if (!codes) {
    throw new Error(`Unknown software category: ${String(category)}`);
  }
  return [...codes];
}
