import { ASSESSMENT_VERDICTS } from '../assessment';
import { CURRENT_EDITION } from '../catalogue/types';
import { COLLECTIVITY_KINDS, COMMITMENT_SOURCES } from '../collectivity-kind';
import { EVIDENCE_KINDS } from '../evidence-kind';
import { POPULATION_STRATA } from '../population';
import { PROGRESS_STATUSES } from '../progress-status';
import { SECTION_SELF_STATUSES } from '../section-assessment';
import { DEMO_OF_COMMITMENT, collectivityColumns, column } from './columns';
import { GEO_DESCRIPTION } from './geo';
import type { Dataset, ExportFilterName } from './types';

/** What an audit verdict of the `audits` dataset judges: one action, or one section of the pact as a whole. */
export const AUDIT_SUBJECTS = ['ACTION', 'SECTION'] as const;
export type AuditSubject = (typeof AUDIT_SUBJECTS)[number];

const ALL_FORMATS = ['csv', 'json', 'ods', 'geojson'] as const;

/** The filters of every dataset whose rows belong to a commitment. */
export const COMMITMENT_FILTERS: readonly ExportFilterName[] = [
  'region',
  'departement',
  'epci',
  'kind',
  'code',
  'stratum',
  'source',
  'scoreMin',
  'scoreMax',
  'demo',
];

const collectivity = collectivityColumns(COLLECTIVITY_KINDS, { key: true });
const editionOf = (key: boolean) =>
  column('edition', 'string', `Édition du pacte (${CURRENT_EDITION})`, `Edition of the pact (${CURRENT_EDITION})`, {
    key,
  });
const actionCodeOf = (key: boolean) =>
  column('action_code', 'string', 'Code de l’action du pacte (1.1…3.10)', 'Code of the pact action (1.1…3.10)', {
    key,
  });
const edition = editionOf(true);
const collectivityOfRow = collectivityColumns(COLLECTIVITY_KINDS);
const source = column(
  'source',
  'string',
  'Source de l’engagement : liste signataire majoritaire ou délibération du conseil',
  'Source of the commitment: a signing list won the majority, or a council deliberation',
  { enum: COMMITMENT_SOURCES },
);
const committedOn = column('committed_on', 'date', 'Date de l’engagement', 'Date of the commitment');
const score = (name: string, fr: string, en: string) =>
  column(
    name,
    'number',
    `${fr}, en % (une décimale)\u00a0; vide si aucune action ne compte`,
    `${en}, in % (one decimal); empty when no action counts`,
    {
      optional: true,
    },
  );

export const COMMITTED_COLLECTIVITIES: Dataset = {
  id: 'committed-collectivities',
  title: { fr: 'Collectivités engagées', en: 'Committed collectivities' },
  description: {
    fr: `Les collectivités liées par le pacte (une liste signataire a remporté la majorité, ou le conseil l’a adopté), avec leur territoire, leur strate de population et leurs scores par section, calculés comme sur le tableau de bord. ${GEO_DESCRIPTION.fr}`,
    en: `The collectivities bound by the pact (a signing list won the majority, or the council adopted it), with their territory, population stratum and scores per section, computed as the dashboard does. ${GEO_DESCRIPTION.en}`,
  },
  row: {
    fr: 'une collectivité engagée (par édition du pacte)',
    en: 'one committed collectivity (per edition of the pact)',
  },
  columns: [
    ...collectivity,
    column('siren', 'string', 'SIREN de la collectivité', 'SIREN of the collectivity', { optional: true }),
    column(
      'population',
      'integer',
      'Population municipale (référentiel officiel)',
      'Population (official referential)',
      {
        optional: true,
      },
    ),
    column(
      'stratum',
      'string',
      'Strate de population (DGCL) des communes ; NOT_A_COMMUNE pour les autres collectivités',
      'DGCL population stratum of communes; NOT_A_COMMUNE for other collectivities',
      {
        enum: [...POPULATION_STRATA, 'UNKNOWN', 'NOT_A_COMMUNE'],
      },
    ),
    column(
      'epci_code',
      'string',
      'SIREN de l’EPCI dont la commune est membre',
      'SIREN of the EPCI the commune belongs to',
      {
        optional: true,
      },
    ),
    edition,
    source,
    committedOn,
    score(
      'score_overall',
      'Score global (moyenne de toutes les actions comptées, chacune comptant autant)',
      'Overall score (mean of every counted action, each counting the same)',
    ),
    score('score_section_1', 'Score de la section 1', 'Score of section 1'),
    score('score_section_2', 'Score de la section 2', 'Score of section 2'),
    score('score_section_3', 'Score de la section 3', 'Score of section 3'),
    column('actions_done', 'integer', 'Actions au statut DONE', 'Actions whose status is DONE'),
    column(
      'actions_counted',
      'integer',
      'Actions qui comptent dans le score (toutes sauf NOT_APPLICABLE)',
      'Actions that count in the score (all but NOT_APPLICABLE)',
    ),
    column('actions_total', 'integer', 'Actions de l’édition du pacte', 'Actions of the edition of the pact'),
    DEMO_OF_COMMITMENT,
  ],
  filters: COMMITMENT_FILTERS,
  formats: ALL_FORMATS,
  geo: true,
};

export const COMMITMENTS: Dataset = {
  id: 'commitments',
  title: { fr: 'Engagements', en: 'Commitments' },
  description: {
    fr: `Chaque engagement et sa source\u00a0: la liste signataire qui a remporté la majorité, ou la délibération du conseil (numéro, date). ${GEO_DESCRIPTION.fr}`,
    en: `Every commitment and its source: the signing list that won the majority, or the council deliberation (number, date). ${GEO_DESCRIPTION.en}`,
  },
  row: { fr: 'un engagement', en: 'one commitment' },
  columns: [
    ...collectivity,
    edition,
    source,
    committedOn,
    column('candidate_list_name', 'string', 'Liste signataire majoritaire', 'Signing list that won the majority', {
      optional: true,
    }),
    column('candidate_list_head', 'string', 'Tête de cette liste', 'Head of that list', { optional: true }),
    column('deliberation_number', 'string', 'Numéro de la délibération', 'Number of the deliberation', {
      optional: true,
    }),
    column('deliberation_date', 'date', 'Date de la délibération', 'Date of the deliberation', { optional: true }),
    DEMO_OF_COMMITMENT,
  ],
  filters: COMMITMENT_FILTERS,
  formats: ALL_FORMATS,
  geo: true,
};

export const PROGRESS: Dataset = {
  id: 'progress',
  title: { fr: 'Avancement des actions', en: 'Progress of the actions' },
  description: {
    fr: `Une ligne par collectivité engagée et par action du pacte, y compris les actions jamais mises à jour (\`NOT_STARTED\`, \`updated_at\` vide)\u00a0: statut déclaré, pourcentage, date cible, responsable. ${GEO_DESCRIPTION.fr}`,
    en: `One row per committed collectivity and action of the pact, including actions never updated (\`NOT_STARTED\`, empty \`updated_at\`): declared status, percentage, target date, owner. ${GEO_DESCRIPTION.en}`,
  },
  row: { fr: 'une action d’une collectivité engagée', en: 'one action of one committed collectivity' },
  columns: [
    ...collectivity,
    edition,
    actionCodeOf(true),
    column('section', 'integer', 'Section du pacte (1, 2 ou 3)', 'Section of the pact (1, 2 or 3)'),
    column('status', 'string', 'Statut déclaré par la collectivité', 'Status the collectivity declares', {
      enum: PROGRESS_STATUSES,
    }),
    column(
      'progress',
      'number',
      'Avancement retenu, en % : la valeur saisie, sinon celle du statut ; vide si NOT_APPLICABLE',
      'Progress that counts, in %: the value entered, else the status default; empty if NOT_APPLICABLE',
      {
        optional: true,
      },
    ),
    column(
      'progress_override',
      'integer',
      'Pourcentage saisi à la place de celui du statut (vide : celui du statut)',
      'Percentage entered instead of the status default (empty: the default)',
      {
        optional: true,
      },
    ),
    column('target_date', 'date', 'Date cible', 'Target date', { optional: true }),
    column('owner', 'string', 'Responsable (service ou fonction)', 'Owner (department or role)', { optional: true }),
    column(
      'justification',
      'string',
      'Justification (obligatoire pour certains statuts)',
      'Justification (required by some statuses)',
      {
        optional: true,
      },
    ),
    column('updated_at', 'datetime', 'Dernière mise à jour (vide : jamais)', 'Last update (empty: never)', {
      optional: true,
    }),
    DEMO_OF_COMMITMENT,
  ],
  filters: [...COMMITMENT_FILTERS, 'action', 'status'],
  formats: ALL_FORMATS,
  geo: true,
};

export const MILESTONES: Dataset = {
  id: 'milestones',
  title: { fr: 'Jalons', en: 'Milestones' },
  description: {
    fr: `Les étapes datées des actions, prévues ou atteintes. ${GEO_DESCRIPTION.fr}`,
    en: `The dated steps of the actions, planned or reached. ${GEO_DESCRIPTION.en}`,
  },
  row: { fr: 'un jalon', en: 'one milestone' },
  columns: [
    column('milestone_id', 'string', 'Identifiant du jalon', 'Id of the milestone', { key: true }),
    ...collectivityOfRow,
    editionOf(false),
    actionCodeOf(false),
    column('title', 'string', 'Titre', 'Title'),
    column('description', 'string', 'Description', 'Description', { optional: true }),
    column('date', 'date', 'Date prévue ou atteinte', 'Planned or reached date'),
    column('reached', 'boolean', 'Atteint', 'Reached'),
    column('updated_at', 'datetime', 'Dernière mise à jour', 'Last update'),
    DEMO_OF_COMMITMENT,
  ],
  filters: [...COMMITMENT_FILTERS, 'action', 'since', 'until'],
  formats: ALL_FORMATS,
  geo: true,
};

export const EVIDENCE: Dataset = {
  id: 'evidence',
  title: { fr: 'Preuves', en: 'Evidence' },
  description: {
    fr: `Les preuves publiées (délibérations, marchés, services en ligne, dépôts de code…) et les actions qu’elles appuient\u00a0; les fichiers déposés se téléchargent à file_url. Qui les a déposées n’est pas publié. ${GEO_DESCRIPTION.fr}`,
    en: `The published evidence (deliberations, tenders, running services, code repositories…) and the actions it supports; uploaded files download from file_url. Who added them is not published. ${GEO_DESCRIPTION.en}`,
  },
  row: { fr: 'une preuve', en: 'one piece of evidence' },
  columns: [
    column('evidence_id', 'string', 'Identifiant de la preuve', 'Id of the evidence', { key: true }),
    ...collectivityOfRow,
    editionOf(false),
    column('kind', 'string', 'Nature de la preuve', 'Kind of evidence', { enum: EVIDENCE_KINDS }),
    column('date', 'date', 'Date de la preuve', 'Date of the evidence'),
    column('title', 'string', 'Titre', 'Title'),
    column('description', 'string', 'Description', 'Description', { optional: true }),
    column('url', 'string', 'Adresse web de la preuve', 'Web address of the evidence', { optional: true }),
    column(
      'file_url',
      'string',
      'Adresse de téléchargement du fichier déposé',
      'Download address of the uploaded file',
      { optional: true },
    ),
    column(
      'file_media_type',
      'string',
      'Type du fichier (lu dans son contenu)',
      'Media type of the file (read from its content)',
      {
        optional: true,
      },
    ),
    column('action_codes', 'list', 'Actions appuyées, séparées par « ; »', 'Actions it supports, separated by “;”'),
    column(
      'criterion_ids',
      'list',
      'Critères du label TNL auxquels elle répond, séparés par « ; »',
      'Label TNL criteria it answers, separated by “;”',
    ),
    column('created_at', 'datetime', 'Date de dépôt', 'When it was added'),
    DEMO_OF_COMMITMENT,
  ],
  filters: [...COMMITMENT_FILTERS, 'action', 'since', 'until'],
  formats: ALL_FORMATS,
  geo: true,
};

export const AUDITS: Dataset = {
  id: 'audits',
  title: { fr: 'Audits des associations', en: 'Associations’ audits' },
  description: {
    fr: `Les verdicts des associations, sur chaque action et sur chacune des trois sections du pacte (ses trois engagements, jugés chacun comme un tout), à côté de ce que la collectivité déclare (jamais fusionnés)\u00a0: le statut de l’action, ou son auto-évaluation de la section. Les verdicts sur les actions viennent d’abord, puis ceux sur les sections (subject). Un audit remplacé garde sa ligne (current = false). Le nom de l’auditeur n’est pas publié, seulement son association. Le filtre action ne garde que les verdicts sur cette action. ${GEO_DESCRIPTION.fr}`,
    en: `The associations’ verdicts, on each action and on each of the pact’s three sections (its three commitments, each judged as a whole), beside what the collectivity declares (never merged): the action’s status, or its self-assessment of the section. Verdicts on actions come first, then those on sections (subject). A superseded audit keeps its row (current = false). The auditor’s name is not published, only their association. The action filter keeps only the verdicts on that action. ${GEO_DESCRIPTION.en}`,
  },
  row: {
    fr: 'un verdict d’audit, sur une action ou sur une section',
    en: 'one audit verdict, on one action or on one section',
  },
  columns: [
    column('assessment_id', 'string', 'Identifiant de l’audit', 'Id of the assessment', { key: true }),
    ...collectivityOfRow,
    editionOf(false),
    column(
      'subject',
      'string',
      'Ce que le verdict juge : ACTION (une action) ou SECTION (une section du pacte comme un tout)',
      'What the verdict judges: ACTION (one action) or SECTION (one section of the pact as a whole)',
      { enum: AUDIT_SUBJECTS },
    ),
    column(
      'section',
      'integer',
      'Section du pacte (1, 2 ou 3) : celle de l’action, ou la section jugée',
      'Section of the pact (1, 2 or 3): the action’s, or the section judged',
    ),
    column(
      'action_code',
      'string',
      'Code de l’action du pacte (1.1…3.10) ; vide pour un verdict sur une section',
      'Code of the pact action (1.1…3.10); empty for a verdict on a section',
      { optional: true },
    ),
    column('association', 'string', 'Association qui audite', 'Association that assesses', { optional: true }),
    column('verdict', 'string', 'Verdict', 'Verdict', { enum: ASSESSMENT_VERDICTS }),
    column(
      'verdict_score',
      'number',
      'Valeur du verdict (1, 0,5 ou 0 ; vide si invérifiable)',
      'Value of the verdict (1, 0.5 or 0; empty if unverifiable)',
      {
        optional: true,
      },
    ),
    column(
      'declared_status',
      'string',
      'Ce que la collectivité déclare aujourd’hui : le statut de l’action (NOT_STARTED…ABANDONED), ou son auto-évaluation de la section (NOT_STARTED, IN_PROGRESS, KEPT, NOT_KEPT ; vide si elle n’en a pas donné)',
      'What the collectivity declares today: the action’s status (NOT_STARTED…ABANDONED), or its self-assessment of the section (NOT_STARTED, IN_PROGRESS, KEPT, NOT_KEPT; empty when it has given none)',
      {
        optional: true,
        enum: [...new Set<string>([...PROGRESS_STATUSES, ...SECTION_SELF_STATUSES])],
      },
    ),
    column('justification', 'string', 'Justification du verdict', 'Justification of the verdict'),
    column(
      'evidence_ids',
      'list',
      'Preuves sur lesquelles il repose, séparées par « ; » (verdicts sur une action)',
      'Evidence it rests on, separated by “;” (verdicts on an action)',
    ),
    column('assessed_on', 'date', 'Date de l’audit', 'Date of the assessment'),
    column('supersedes_id', 'string', 'Audit qu’il remplace', 'Assessment it supersedes', { optional: true }),
    column('current', 'boolean', 'Verdict en vigueur (pas remplacé)', 'Verdict in force (not superseded)'),
    DEMO_OF_COMMITMENT,
  ],
  filters: [...COMMITMENT_FILTERS, 'action', 'verdict', 'since', 'until'],
  formats: ALL_FORMATS,
  geo: true,
};
