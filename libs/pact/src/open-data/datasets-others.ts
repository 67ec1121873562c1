import { COLLECTIVITY_KINDS } from '../collectivity-kind';
import { MIGRATION_STAGES } from '../migration-stage';
import { POPULATION_STRATA } from '../population';
import { SOFTWARE_CATEGORIES } from '../software/categories';
import { collectivityColumns, column, demoColumn } from './columns';
import { GEO_DESCRIPTION } from './geo';
import type { Dataset, ExportFilterName } from './types';

const ALL_FORMATS = ['csv', 'json', 'ods', 'geojson'] as const;
const TERRITORY_FILTERS: readonly ExportFilterName[] = ['region', 'departement', 'kind', 'code', 'stratum', 'demo'];
const collectivityOfRow = collectivityColumns(COLLECTIVITY_KINDS);
const DEMO_OF_COLLECTIVITY = demoColumn(
  'true si la collectivité n’a qu’un engagement de démonstration (fictif, étiqueté « [Démo] »)',
  'true when the collectivity has only a demonstration commitment (fictional, labelled “[Démo]”)',
);

export const SIGNATORIES: Dataset = {
  id: 'signatories',
  title: { fr: 'Signataires', en: 'Signatories' },
  description: {
    fr: `Les personnes et listes qui ont signé le pacte, avec les champs publics du formulaire de signature. Le téléphone, l’adresse électronique et le formulaire signé ne sont jamais publiés. La collectivité est celle où la liste se présente. ${GEO_DESCRIPTION.fr}`,
    en: `The people and lists who signed the pact, with the public fields of the signing form. Phone, e-mail and the signed form are never published. The collectivity is the one where the list stands. ${GEO_DESCRIPTION.en}`,
  },
  row: { fr: 'un·e signataire', en: 'one signatory' },
  columns: [
    column('signatory_id', 'string', 'Identifiant du ou de la signataire', 'Id of the signatory', { key: true }),
    ...collectivityOfRow,
    column('election_code', 'string', 'Élection (ex. MUNICIPALES_2026)', 'Election (e.g. MUNICIPALES_2026)'),
    column('candidate_list_name', 'string', 'Liste candidate', 'Candidate list'),
    column(
      'list_outcome',
      'string',
      'Résultat de la liste : PENDING, MAJORITY, OPPOSITION, NOT_ELECTED',
      'Outcome of the list: PENDING, MAJORITY, OPPOSITION, NOT_ELECTED',
    ),
    column(
      'scope',
      'string',
      'LIST : « ma liste s’engage » ; PERSONAL : « je m’engage »',
      'LIST: “my list commits”; PERSONAL: “I commit”',
    ),
    column('position_on_list', 'integer', 'Position sur la liste', 'Position on the list', { optional: true }),
    column('parties', 'list', 'Partis, séparés par « ; »', 'Parties, separated by “;”'),
    column('website', 'string', 'Site web', 'Website', { optional: true }),
    column('commune', 'string', 'Commune indiquée sur le formulaire', 'Commune given on the form'),
    column('postcode', 'string', 'Code postal', 'Postcode', { optional: true }),
    column('last_name', 'string', 'Nom', 'Last name'),
    column('first_name', 'string', 'Prénom', 'First name'),
    column('signed_place', 'string', 'Fait à', 'Place of signature', { optional: true }),
    column('signed_on', 'date', 'Date de signature', 'Date of signature'),
    column(
      'elected',
      'boolean',
      'Élu·e (vide tant que le résultat n’est pas connu)',
      'Elected (empty until the result is known)',
      {
        optional: true,
      },
    ),
    demoColumn(
      'true pour une liste de démonstration (fictive, nommée « [Démo] … »)',
      'true for a demonstration list (fictional, named “[Démo] …”)',
    ),
  ],
  filters: TERRITORY_FILTERS,
  formats: ALL_FORMATS,
  geo: true,
};

export const INVENTORY: Dataset = {
  id: 'inventory',
  title: { fr: 'Inventaire logiciel', en: 'Software inventory' },
  description: {
    fr: `Les logiciels que les collectivités déclarent utiliser, libres ou non, et où en est leur migration. ${GEO_DESCRIPTION.fr}`,
    en: `The software the collectivities declare they use, free or not, and where their migration stands. ${GEO_DESCRIPTION.en}`,
  },
  row: { fr: 'un logiciel d’une collectivité', en: 'one software of one collectivity' },
  columns: [
    column('item_id', 'string', 'Identifiant de la ligne d’inventaire', 'Id of the inventory item', { key: true }),
    ...collectivityOfRow,
    column('category', 'string', 'Catégorie', 'Category', { enum: SOFTWARE_CATEGORIES }),
    column('product_name', 'string', 'Logiciel utilisé', 'Software in use'),
    column('product_is_free', 'boolean', 'Logiciel libre', 'Free software'),
    column('seats', 'integer', 'Postes ou utilisateurs', 'Seats or users', { optional: true }),
    column('target_software', 'string', 'Logiciel libre visé (catalogue)', 'Free software targeted (catalogue)', {
      optional: true,
    }),
    column('stage', 'string', 'Étape de migration', 'Migration stage', { enum: MIGRATION_STAGES }),
    column('stage_reached_on', 'date', 'Date où cette étape a été atteinte', 'Date that stage was reached'),
    column(
      'planned_stages',
      'list',
      'Étapes prévues après celle-ci, chacune sous la forme ÉTAPE:AAAA-MM-JJ (l’étape et le jour prévu), séparées par « ; » ; une étape prévue ne compte dans aucun chiffre tant qu’elle n’est pas atteinte',
      'Stages planned after this one, STAGE:YYYY-MM-DD, separated by “;” (e.g. PILOT:2027-03-01;DEFAULT:2027-09-01); a planned stage counts in no figure until it is reached',
    ),
    column(
      'contract_ends_on',
      'date',
      'Fin du contrat ou de la licence du logiciel utilisé (action 1.3), vide si inconnue',
      'End of the contract or licence of the software in use (action 1.3), empty when unknown',
      { optional: true },
    ),
    column(
      'renewal_on',
      'date',
      'Date de renouvellement (ou à laquelle le renouveler ou y mettre fin), vide si inconnue',
      'Renewal date (or the day it must be renewed or ended), empty when unknown',
      { optional: true },
    ),
    column(
      'yearly_cost',
      'integer',
      'Coût annuel de la licence, en euros, vide si inconnu',
      'Yearly cost of the licence, in euros, empty when unknown',
      { optional: true },
    ),
    column(
      'action_codes',
      'list',
      'Actions du pacte que la migration fait avancer, séparées par « ; »',
      'Pact actions the migration advances, separated by “;”',
    ),
    column(
      'pooled',
      'boolean',
      'true pour un logiciel d’un EPCI ou d’un syndicat qui compte pour des communes dont il gère l’informatique (informatique mutualisée)',
      'true for software of an EPCI or a syndicat that counts for communes whose IT it runs (pooled IT)',
    ),
    column(
      'pooled_for',
      'list',
      'Codes INSEE des communes pour lesquelles il compte, séparés par « ; » (vide : aucune)',
      'INSEE codes of the communes it counts for, separated by “;” (empty: none)',
    ),
    column('updated_at', 'datetime', 'Dernière mise à jour', 'Last update'),
    DEMO_OF_COLLECTIVITY,
  ],
  filters: [...TERRITORY_FILTERS, 'stage', 'category'],
  formats: ALL_FORMATS,
  geo: true,
};

export const FIGURES: Dataset = {
  id: 'figures',
  title: { fr: 'Chiffres de l’inventaire', en: 'Inventory figures' },
  description: {
    fr: `Pour chaque collectivité qui tient un inventaire, ou dont l’EPCI ou le syndicat qui gère son informatique en tient un qui s’applique à elle, les chiffres qu’on en tire, calculés comme sur sa page\u00a0: parts de postes sous GNU/Linux, de suites bureautiques libres, de serveurs libres, nombre d’applications métier libres. ${GEO_DESCRIPTION.fr}`,
    en: `For each collectivity that keeps an inventory, or whose IT is run by an EPCI or syndicat keeping one that applies to it, the figures drawn from it, computed as on its page: shares of workstations on GNU/Linux, of free office suites, of free servers, number of free business applications. ${GEO_DESCRIPTION.en}`,
  },
  row: { fr: 'une collectivité qui tient un inventaire', en: 'one collectivity that keeps an inventory' },
  columns: [
    ...collectivityColumns(COLLECTIVITY_KINDS, { key: true }),
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
      'inventory_items',
      'integer',
      'Lignes d’inventaire comptées, les siennes et celles de l’informatique mutualisée qui s’appliquent à elle',
      'Inventory items counted: its own, and those of its pooled IT that apply to it',
    ),
    column(
      'pooled_items',
      'integer',
      'Dont lignes de l’EPCI ou du syndicat qui gère son informatique (informatique mutualisée)',
      'Of which items of the EPCI or syndicat that runs its IT (pooled IT)',
    ),
    column(
      'linux_workstation_share',
      'number',
      'Part des postes de travail sous GNU/Linux, % (vide : aucun poste connu)',
      'Share of workstations on GNU/Linux, % (empty: no seats known)',
      {
        optional: true,
      },
    ),
    column(
      'free_office_seat_share',
      'number',
      'Part des postes en suite bureautique libre, % (vide : inconnue)',
      'Share of office-suite seats on a free suite, % (empty: unknown)',
      {
        optional: true,
      },
    ),
    column(
      'linux_server_share',
      'number',
      'Part des serveurs sous un système libre, % (vide : inconnue)',
      'Share of servers on a free OS, % (empty: unknown)',
      {
        optional: true,
      },
    ),
    column('free_business_applications', 'integer', 'Applications métier libres', 'Free business applications'),
    DEMO_OF_COLLECTIVITY,
  ],
  filters: TERRITORY_FILTERS,
  formats: ALL_FORMATS,
  geo: true,
};

export const SOFTWARE: Dataset = {
  id: 'software',
  title: { fr: 'Catalogue des logiciels libres', en: 'Catalogue of free software' },
  description: {
    fr: 'Le catalogue des alternatives libres : la sélection du projet (SEED), le Socle interministériel de logiciels libres (SILL) et le Comptoir du Libre importés. Sans lieu : pas de GeoJSON.',
    en: 'The catalogue of free alternatives: the project’s selection (SEED), the interministerial SILL and the Comptoir du Libre as imported. No place: no GeoJSON.',
  },
  row: { fr: 'un logiciel du catalogue', en: 'one software of the catalogue' },
  columns: [
    column('entry_id', 'string', 'Identifiant', 'Id', { key: true }),
    column('source', 'string', 'Catalogue d’origine : SEED, SILL, COMPTOIR', 'Source catalogue: SEED, SILL, COMPTOIR'),
    column('external_id', 'string', 'Identifiant dans ce catalogue', 'Id in that catalogue'),
    column('name', 'string', 'Nom', 'Name'),
    column('category', 'string', 'Catégorie (sélection du projet)', 'Category (project’s selection)', {
      optional: true,
      enum: SOFTWARE_CATEGORIES,
    }),
    column('licence', 'string', 'Licence', 'Licence', { optional: true }),
    column('description', 'string', 'Description', 'Description', { optional: true }),
    column('website', 'string', 'Site web', 'Website', { optional: true }),
    column('repository', 'string', 'Dépôt du code source', 'Source code repository', { optional: true }),
    column('sill_id', 'integer', 'Identifiant SILL', 'SILL id', { optional: true }),
    column('comptoir_id', 'integer', 'Identifiant Comptoir du Libre', 'Comptoir du Libre id', { optional: true }),
    column(
      'replaces',
      'list',
      'Logiciels propriétaires qu’il remplace, séparés par « ; »',
      'Proprietary software it replaces, separated by “;”',
    ),
    column(
      'action_codes',
      'list',
      'Actions du pacte que son adoption fait avancer, séparées par « ; »',
      'Pact actions that adopting it advances, separated by “;”',
    ),
    column('dereferenced', 'boolean', 'Plus recommandé par son catalogue', 'No longer recommended by its catalogue'),
    column('updated_at', 'datetime', 'Dernière mise à jour', 'Last update'),
  ],
  filters: ['category'],
  formats: ['csv', 'json', 'ods'],
  geo: false,
};

export const HISTORY: Dataset = {
  id: 'history',
  title: { fr: 'Historique', en: 'History' },
  description: {
    fr: `Chaque modification, dans l’ordre, avec l’état avant et après (sans donnée privée) et le chaînage d’empreintes qui permet de la vérifier (docs/history-verification.md\u00a0; l’export JSON Lines /history/export.jsonl est celui qu’on vérifie). L’auteur est une référence pseudonyme. ${GEO_DESCRIPTION.fr}`,
    en: `Every change, in order, with the state before and after (no private data) and the hash chain that lets anyone verify it (docs/history-verification.md; the JSON Lines export /history/export.jsonl is the one to verify). The author is a pseudonymous reference. ${GEO_DESCRIPTION.en}`,
  },
  row: { fr: 'une entrée de l’historique', en: 'one history entry' },
  columns: [
    column('event_id', 'integer', 'Numéro de l’entrée (croissant)', 'Number of the entry (increasing)', { key: true }),
    column('occurred_at', 'datetime', 'Date et heure', 'Date and time'),
    column('actor_id', 'string', 'Référence pseudonyme de l’auteur', 'Pseudonymous reference of the author', {
      optional: true,
    }),
    column('actor_label', 'string', 'user, operator ou system:<nom>', 'user, operator or system:<name>'),
    ...collectivityColumns(COLLECTIVITY_KINDS, { optional: true }),
    column(
      'entity_type',
      'string',
      'Type d’enregistrement (ActionProgress, Milestone…)',
      'Type of record (ActionProgress, Milestone…)',
    ),
    column('entity_id', 'string', 'Identifiant de l’enregistrement', 'Id of the record'),
    column('action', 'string', 'CREATE, UPDATE…', 'CREATE, UPDATE…'),
    column(
      'event',
      'string',
      'Nom de l’événement typé (vide pour les entrées anciennes)',
      'Name of the typed event (empty for older entries)',
      {
        optional: true,
      },
    ),
    column('event_version', 'integer', 'Version de l’événement', 'Version of the event', { optional: true }),
    column('before', 'object', 'État avant (JSON)', 'State before (JSON)', { optional: true }),
    column('after', 'object', 'État après (JSON)', 'State after (JSON)', { optional: true }),
    column('prev_hash', 'string', 'Empreinte de l’entrée précédente', 'Hash of the previous entry'),
    column('hash', 'string', 'Empreinte de cette entrée (SHA-256)', 'Hash of this entry (SHA-256)'),
  ],
  filters: ['region', 'departement', 'kind', 'code', 'since', 'until'],
  formats: ALL_FORMATS,
  geo: true,
};
