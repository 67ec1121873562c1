import { EVIDENCE_KINDS, EvidenceKind } from '../evidence-kind';
import { deepFreeze } from '../freeze';
import { LocalizedText } from '../i18n';
import { TnlDomain } from '../tnl-domain';
import {
  TnlAlternative,
  actionEvidence,
  actionStatus,
  anyAwardedLabel,
  criterionEvidence,
  inventoryAtLeast,
} from './conditions';

/**
 * One thing the label looks at in a domain, as this product reads it from the pact. The jury publishes no grid:
 * these criteria are the product's reading of the five domains, for a self-assessment.
 */
export interface TnlCriterion {
  /** Stable id, `<domain prefix>-<name>`; evidence may name it (`ReadinessEvidence.criterionIds`). */
  id: string;
  domain: TnlDomain;
  title: LocalizedText;
  /** Met when all the conditions of at least one alternative hold. */
  anyOf: readonly TnlAlternative[];
}

/**
 * The criteria of the five domains, five per domain, in the order they are shown.
 *
 * - Every pact action a criterion names feeds the criterion's domain in the catalogue (`PactAction.tnlDomains`).
 * - DATA_MANAGEMENT (open data) has no pact action: its criteria are met by evidence filed under the criterion
 *   itself (`ReadinessEvidence.criterionIds`), and one of them also by the inventory (servers on a free OS keep the
 *   data on systems the collectivity controls).
 * - An awarded label counts toward SP-POLITICAL-BACKING (an elected official signs every application) and
 *   CE-SHARING (applying is showcasing the approach, action 3.8).
 */
export const TNL_CRITERIA: readonly TnlCriterion[] = deepFreeze<TnlCriterion[]>([
  // Stratégie et mutualisation
  {
    id: 'SP-POLITICAL-BACKING',
    domain: 'STRATEGY_POOLING',
    title: { fr: 'Portage politique et moyens dédiés', en: 'Political backing and dedicated resources' },
    anyOf: [[actionStatus(['1.1'], 'DONE')], [actionEvidence(['1.1'], ['COUNCIL_DELIBERATION'])], [anyAwardedLabel()]],
  },
  {
    id: 'SP-ACQUISITION',
    domain: 'STRATEGY_POOLING',
    title: { fr: 'Des achats qui donnent la priorité au libre', en: 'Procurement that puts free software first' },
    anyOf: [[actionStatus(['1.2'], 'DONE')], [actionEvidence(['1.2', '2.3', '3.2'], ['PROCUREMENT_CLAUSE'])]],
  },
  {
    id: 'SP-LICENCE-EXIT',
    domain: 'STRATEGY_POOLING',
    title: { fr: 'Sortie des licences privatrices planifiée', en: 'Planned exit from proprietary licences' },
    anyOf: [[actionStatus(['1.3'], 'IN_PROGRESS')], [actionEvidence(['1.3'], ['DOCUMENT', 'PROCUREMENT_CLAUSE'])]],
  },
  {
    id: 'SP-POOLING-STRUCTURE',
    domain: 'STRATEGY_POOLING',
    title: { fr: 'Appui sur une structure mutualisante', en: 'Relying on a pooling structure' },
    anyOf: [[actionStatus(['1.10'], 'DONE')], [actionEvidence(['1.10'], ['COUNCIL_DELIBERATION'])]],
  },
  {
    id: 'SP-SHARED-DEVELOPMENT',
    domain: 'STRATEGY_POOLING',
    title: { fr: 'Développements mutualisés ou cofinancés', en: 'Pooled or co-funded development' },
    anyOf: [[actionStatus(['3.3', '3.4'], 'IN_PROGRESS')], [actionEvidence(['3.4'], ['PUBLISHED_REPOSITORY'])]],
  },
  // Bonnes pratiques numériques
  {
    id: 'GP-PROVEN-TOOLS',
    domain: 'GOOD_PRACTICES',
    title: { fr: 'Des outils libres éprouvés en service', en: 'Proven free tools in use' },
    anyOf: [[actionStatus(['1.5'], 'DONE')], [actionEvidence(['1.5'], ['RUNNING_SERVICE'])]],
  },
  {
    id: 'GP-OPEN-FORMATS',
    domain: 'GOOD_PRACTICES',
    title: { fr: 'Formats ouverts (ODF) par défaut', en: 'Open formats (ODF) by default' },
    anyOf: [[inventoryAtLeast('freeOfficeSeatShare', 80)], [criterionEvidence(['COUNCIL_DELIBERATION', 'DOCUMENT'])]],
  },
  {
    id: 'GP-ORGANISATION',
    domain: 'GOOD_PRACTICES',
    title: {
      fr: 'La migration menée comme un projet d’organisation',
      en: 'The migration run as an organisational project',
    },
    anyOf: [[actionStatus(['1.4'], 'IN_PROGRESS')], [actionEvidence(['1.4'], ['DOCUMENT', 'TRAINING_SESSION'])]],
  },
  {
    id: 'GP-HARDWARE-DURABILITY',
    domain: 'GOOD_PRACTICES',
    title: { fr: 'Réemploi et durabilité des matériels', en: 'Hardware reuse and durability' },
    anyOf: [
      [actionStatus(['1.11'], 'DONE')],
      [actionEvidence(['1.11'], ['PROCUREMENT_CLAUSE', 'COUNCIL_DELIBERATION'])],
    ],
  },
  {
    id: 'GP-ACCESSIBILITY',
    domain: 'GOOD_PRACTICES',
    title: { fr: 'Services numériques accessibles (RGAA)', en: 'Accessible digital services (RGAA)' },
    anyOf: [[criterionEvidence(['DOCUMENT', 'RUNNING_SERVICE'])]],
  },
  // Logiciels et systèmes libres
  {
    id: 'FS-OFFICE-SUITE',
    domain: 'FREE_SOFTWARE',
    title: { fr: 'Suite bureautique libre pour la majorité des postes', en: 'Free office suite on most seats' },
    anyOf: [[inventoryAtLeast('freeOfficeSeatShare', 50)]],
  },
  {
    id: 'FS-SERVERS',
    domain: 'FREE_SOFTWARE',
    title: { fr: 'Serveurs sous GNU/Linux', en: 'Servers on GNU/Linux' },
    anyOf: [[inventoryAtLeast('linuxServerShare', 50)], [actionStatus(['1.7'], 'DONE')]],
  },
  {
    id: 'FS-WORKSTATIONS',
    domain: 'FREE_SOFTWARE',
    title: { fr: 'Des postes de travail passés à GNU/Linux', en: 'Workstations moved to GNU/Linux' },
    anyOf: [
      [inventoryAtLeast('linuxWorkstationShare', 10)],
      [actionStatus(['1.8'], 'IN_PROGRESS'), actionEvidence(['1.8'], ['RUNNING_SERVICE'])],
    ],
  },
  {
    id: 'FS-BUSINESS-SOFTWARE',
    domain: 'FREE_SOFTWARE',
    title: { fr: 'Logiciels métiers libres', en: 'Free business software' },
    anyOf: [[inventoryAtLeast('freeBusinessApplications', 1)], [actionStatus(['1.6'], 'DONE')]],
  },
  {
    id: 'FS-SCHOOLS-PUBLIC-PLACES',
    domain: 'FREE_SOFTWARE',
    title: {
      fr: 'Écoles et lieux de médiation numérique sur systèmes libres',
      en: 'Schools and digital inclusion venues on free systems',
    },
    anyOf: [[actionStatus(['2.7', '2.8'], 'IN_PROGRESS')]],
  },
  // Communication et écosystème
  {
    id: 'CE-TRAINING',
    domain: 'COMMUNICATION_ECOSYSTEM',
    title: { fr: 'Formation et accompagnement des utilisateurs', en: 'User training and support' },
    anyOf: [
      [actionStatus(['2.1', '2.5', '2.6'], 'DONE')],
      [actionEvidence(['2.1', '2.4', '2.5'], ['TRAINING_SESSION'])],
    ],
  },
  {
    id: 'CE-AWARENESS',
    domain: 'COMMUNICATION_ECOSYSTEM',
    title: {
      fr: 'Sensibilisation des agents, des élu·es et des habitant·es',
      en: 'Awareness of staff, elected officials and residents',
    },
    anyOf: [
      [actionStatus(['2.2', '2.10'], 'DONE')],
      [actionEvidence(['2.2', '2.9', '2.10'], ['PUBLIC_EVENT', 'TRAINING_SESSION'])],
    ],
  },
  {
    id: 'CE-CONTRIBUTION',
    domain: 'COMMUNICATION_ECOSYSTEM',
    title: { fr: 'Contribution au logiciel libre', en: 'Contributing to free software' },
    anyOf: [[actionStatus(['3.1', '3.5'], 'DONE')], [actionEvidence(['3.1', '3.5'], ['PUBLISHED_REPOSITORY'])]],
  },
  {
    id: 'CE-LOCAL-ECOSYSTEM',
    domain: 'COMMUNICATION_ECOSYSTEM',
    title: {
      fr: 'Partenariats avec l’écosystème libre local et national',
      en: 'Partnerships with the local and national free-software ecosystem',
    },
    anyOf: [[actionStatus(['3.6', '3.7', '3.10'], 'DONE')], [actionEvidence(['3.10'], ['PUBLIC_EVENT'])]],
  },
  {
    id: 'CE-SHARING',
    domain: 'COMMUNICATION_ECOSYSTEM',
    title: { fr: 'Partage d’expérience et valorisation', en: 'Sharing experience and showcasing it' },
    anyOf: [
      [actionStatus(['3.8', '3.9'], 'DONE')],
      [actionEvidence(['3.9'], ['PUBLIC_EVENT', 'PRESS_ARTICLE'])],
      [anyAwardedLabel()],
    ],
  },
  // Gestion des données
  {
    id: 'DM-OPEN-DATA',
    domain: 'DATA_MANAGEMENT',
    title: { fr: 'Données ouvertes publiées', en: 'Open data published' },
    anyOf: [[criterionEvidence(['RUNNING_SERVICE', 'PUBLISHED_REPOSITORY'])]],
  },
  {
    id: 'DM-DATA-POLICY',
    domain: 'DATA_MANAGEMENT',
    title: {
      fr: 'Politique de la donnée adoptée (ouverture, données personnelles, hébergement)',
      en: 'Data policy adopted (openness, personal data, hosting)',
    },
    anyOf: [[criterionEvidence(['COUNCIL_DELIBERATION', 'DOCUMENT'])]],
  },
  {
    id: 'DM-CONTROLLED-HOSTING',
    domain: 'DATA_MANAGEMENT',
    title: {
      fr: 'Données hébergées sur des systèmes libres maîtrisés',
      en: 'Data hosted on free systems under control',
    },
    anyOf: [[inventoryAtLeast('linuxServerShare', 50)], [criterionEvidence(['RUNNING_SERVICE', 'DOCUMENT'])]],
  },
  {
    id: 'DM-REVERSIBILITY',
    domain: 'DATA_MANAGEMENT',
    title: {
      fr: 'Réversibilité et propriété des données dans les marchés',
      en: 'Data reversibility and ownership in contracts',
    },
    anyOf: [[criterionEvidence(['PROCUREMENT_CLAUSE'])]],
  },
  {
    id: 'DM-DATA-CULTURE',
    domain: 'DATA_MANAGEMENT',
    title: { fr: 'Culture de la donnée chez les agents et les habitants', en: 'Data literacy for staff and residents' },
    anyOf: [[criterionEvidence(['TRAINING_SESSION', 'PUBLIC_EVENT'])]],
  },
]);

const BY_ID = new Map(TNL_CRITERIA.map((c) => [c.id, c]));

/** The criterion with this id, or undefined. */
export function findTnlCriterion(id: string): TnlCriterion | undefined {
  return BY_ID.get(id);
}

/** The pact actions a criterion names, without duplicates, in the order they appear. */
export function criterionActionCodes(criterion: TnlCriterion): string[] {
  const codes = criterion.anyOf.flat().flatMap((c) => ('actionCodes' in c ? c.actionCodes : []));
  return [...new Set(codes)];
}

/**
 * The evidence kinds that meet the criterion when filed under it (`ReadinessEvidence.criterionIds`), in the order of
 * EVIDENCE_KINDS; empty when no alternative of the criterion reads evidence filed under it.
 */
export function criterionEvidenceKinds(criterion: TnlCriterion): EvidenceKind[] {
  const kinds = new Set(
    criterion.anyOf.flat().flatMap((c) => (c.kind === 'CRITERION_EVIDENCE' ? c.evidenceKinds : [])),
  );
  return EVIDENCE_KINDS.filter((k) => kinds.has(k));
}

/**
 * The criteria that evidence filed under them can meet, in TNL_CRITERIA order: what the dashboard offers to attach
 * evidence to (the others are met by actions, evidence linked to actions, the inventory or an awarded label).
 */
export function criteriaTakingEvidence(): TnlCriterion[] {
  return TNL_CRITERIA.filter((c) => criterionEvidenceKinds(c).length > 0);
}
