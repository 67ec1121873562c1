import type { LocalizedText } from '../i18n';

/**
 * Why a row (or the whole file) of an import was refused, or what the import noticed. Each code has its French and
 * English text here, so the command line, the API's report and the dashboard say the same thing. A text may name
 * `{value}`, `{column}`, `{expected}` and `{candidates}`: the report fills them.
 */
export const IMPORT_PROBLEMS = {
  // The file as a whole.
  EMPTY_FILE: { fr: 'Le fichier est vide.', en: 'The file is empty.' },
  FILE_TOO_LARGE: {
    fr: 'Le fichier dépasse la taille maximale ({expected}).',
    en: 'The file is larger than the limit ({expected}).',
  },
  UNREADABLE_CSV: {
    fr: 'Le fichier n’est pas un CSV lisible à partir de cette ligne : un guillemet ouvert n’y est pas refermé, ou mal placé dans une cellule.',
    en: 'The file is not a readable CSV from this line on: a quote is left open there, or misplaced in a cell.',
  },
  UNSUPPORTED_ENCODING: {
    fr: 'Le fichier n’est pas un texte en UTF-8 ou Windows-1252 (UTF-16, ou un fichier binaire) : enregistrez-le depuis le tableur au format « CSV UTF-8 ».',
    en: 'The file is not UTF-8 or Windows-1252 text (UTF-16, or a binary file): save it from the spreadsheet as “CSV UTF-8”.',
  },
  MISSING_COLUMN: {
    fr: 'Colonne obligatoire absente : {column} (en-têtes acceptés : {expected}).',
    en: 'Required column missing: {column} (accepted headers: {expected}).',
  },
  DUPLICATE_COLUMN: {
    fr: 'Deux colonnes donnent le même champ {column}.',
    en: 'Two columns give the same field {column}.',
  },
  UNREAD_COLUMN: {
    fr: 'Colonne non lue : {value} (cet import n’en a pas besoin).',
    en: 'Column not read: {value} (this import does not need it).',
  },
  UNKNOWN_COLUMN: {
    fr: 'Colonne ignorée : {value} (utilisez un fichier de correspondance pour la lire).',
    en: 'Column ignored: {value} (use a mapping file to read it).',
  },
  BAD_MAPPING: {
    fr: 'Fichier de correspondance invalide : {value}.',
    en: 'Invalid mapping file: {value}.',
  },
  MAPPING_NOT_JSON: {
    fr: 'Le fichier de correspondance n’est pas un objet JSON qui associe à chaque en-tête du fichier le nom d’un champ.',
    en: 'The mapping file is not a JSON object that gives, for each header of the file, the name of a field.',
  },
  WRONG_FILE: {
    fr: 'Ce fichier n’a pas été vérifié : relancez la vérification avant de confirmer.',
    en: 'This file was not the one checked: run the check again before confirming.',
  },
  // A row.
  WRONG_CELL_COUNT: {
    fr: 'La ligne a {value} cellules, l’en-tête en a {expected}.',
    en: 'The row has {value} cells, the header has {expected}.',
  },
  REQUIRED: { fr: 'Valeur obligatoire manquante.', en: 'Required value missing.' },
  INVALID_VALUE: { fr: 'Valeur invalide.', en: 'Invalid value.' },
  TOO_LONG: { fr: 'Valeur trop longue.', en: 'Value too long.' },
  TOO_SHORT: { fr: 'Valeur trop courte.', en: 'Value too short.' },
  TOO_MANY: { fr: 'Trop d’éléments.', en: 'Too many items.' },
  DATE_OUT_OF_RANGE: { fr: 'Date hors des années possibles.', en: 'Date outside the possible years.' },
  INVALID_DATE: {
    fr: 'Date invalide (attendu : JJ/MM/AAAA ou AAAA-MM-JJ).',
    en: 'Invalid date (expected: DD/MM/YYYY or YYYY-MM-DD).',
  },
  INVALID_NUMBER: { fr: 'Nombre invalide.', en: 'Invalid number.' },
  INVALID_POSTCODE: { fr: 'Code postal invalide (5 chiffres).', en: 'Invalid postcode (5 digits).' },
  INVALID_PHONE: { fr: 'Numéro de téléphone invalide.', en: 'Invalid phone number.' },
  INVALID_EMAIL: { fr: 'Adresse électronique invalide.', en: 'Invalid e-mail address.' },
  INVALID_URL: { fr: 'Adresse web invalide (http ou https).', en: 'Invalid web address (http or https).' },
  INVALID_SCOPE: {
    fr: 'Type de signature inconnu (attendu : liste ou personnel).',
    en: 'Unknown kind of signature (expected: list or personal).',
  },
  UNKNOWN_COMMUNE: {
    fr: 'Commune introuvable dans le référentiel.',
    en: 'Commune not found in the referential.',
  },
  AMBIGUOUS_COMMUNE: {
    fr: 'Commune ambiguë : {candidates}. Ajoutez le code postal ou le code INSEE.',
    en: 'Ambiguous commune: {candidates}. Add the postcode or the INSEE code.',
  },
  POSTCODE_MISMATCH: {
    fr: 'Aucune commune de ce nom n’a ce code postal ; communes de ce nom : {candidates}.',
    en: 'No commune of this name has this postcode; communes of this name: {candidates}.',
  },
  COMMUNE_MISMATCH: {
    fr: 'Le code INSEE désigne {candidates}, pas cette commune.',
    en: 'The INSEE code names {candidates}, not this commune.',
  },
  DUPLICATE_ROW: {
    fr: 'Même signataire que la ligne {value}.',
    en: 'Same signatory as line {value}.',
  },
  CONFLICTING_ROW: {
    fr: 'Contredit la ligne {value} pour la même liste.',
    en: 'Contradicts line {value} for the same list.',
  },
  ERASED_SIGNATORY: {
    fr: 'Les données de ce signataire ont été effacées à sa demande : la ligne est ignorée.',
    en: 'This signatory’s data was erased at their request: the row is left alone.',
  },
  INVALID_COMMUNE_CODE: {
    fr: 'Code de commune illisible (attendu : code INSEE, ou département et code de la commune).',
    en: 'Unreadable commune code (expected: INSEE code, or département and commune code).',
  },
  LIST_WITHOUT_NAME: { fr: 'Liste sans nom ni tête de liste.', en: 'A list without a name or a head of list.' },
  DUPLICATE_PANEL: {
    fr: 'Deux listes de la commune ont le même numéro de panneau ({value}).',
    en: 'Two lists of the commune have the same panel number ({value}).',
  },
  NO_SINGLE_MAJORITY: {
    fr: 'Deux listes ont le même nombre de sièges, le plus élevé ({value}) : la majorité ne peut pas être déterminée.',
    en: 'Two lists have the same, highest, number of seats ({value}): the majority cannot be told.',
  },
  NOT_A_COMMUNE: {
    fr: 'Une liste candidate ne se présente que dans une commune.',
    en: 'A candidate list stands only in a commune.',
  },
  REVIEW_QUEUED: {
    fr: 'Correspondance incertaine avec une liste signataire : la liste « {value} » attend la décision d’un modérateur (file de revue).',
    en: 'Uncertain match with a signing list: the list “{value}” waits for a moderator’s decision (review queue).',
  },
  SECTOR_SEATS_NOT_RECORDED: {
    fr: 'Sièges de secteur ou d’arrondissement ({value}) non enregistrés : à Paris, Lyon et Marseille, la majorité suit les sièges du conseil municipal.',
    en: 'Sector (arrondissement) seats ({value}) not recorded: in Paris, Lyon and Marseille, the majority follows the city council’s seats.',
  },
  UNKNOWN_COLLECTIVITY: {
    fr: 'Collectivité introuvable.',
    en: 'Collectivity not found.',
  },
  NOT_COMMITTED: {
    fr: 'Cette collectivité n’est pas engagée.',
    en: 'This collectivity is not committed.',
  },
  UNKNOWN_ACTION: { fr: 'Action du pacte inconnue.', en: 'Unknown action of the pact.' },
  UNKNOWN_STATUS: { fr: 'Statut inconnu : {expected}.', en: 'Unknown status: {expected}.' },
  READ_ONLY_CHANGED: {
    fr: 'Cette colonne n’est pas modifiable par import (valeur attendue : {expected}).',
    en: 'This column cannot be changed by an import (expected value: {expected}).',
  },
  CHANGED_SINCE_EXPORT: {
    fr: 'Cette action a été modifiée depuis l’export (dernière mise à jour : {expected}) : exportez à nouveau.',
    en: 'This action changed since the export (last update: {expected}): export again.',
  },
  PROGRESS_OUT_OF_RANGE: { fr: 'Pourcentage hors de 0 à 100.', en: 'Percentage outside 0 to 100.' },
  PROGRESS_NOT_ALLOWED: {
    fr: 'Pas de pourcentage pour ce statut (NOT_APPLICABLE, ABANDONED).',
    en: 'No percentage for this status (NOT_APPLICABLE, ABANDONED).',
  },
  JUSTIFICATION_REQUIRED: {
    fr: 'Une justification est obligatoire pour ce statut.',
    en: 'A justification is required for this status.',
  },
  PROGRESS_UPDATE_NOT_ALLOWED: {
    fr: 'Vous ne pouvez pas mettre à jour l’avancement de cette collectivité\u00a0: seules les personnes de la collectivité qui en ont le droit et les administrateur·rices le peuvent (la modération de campagne vérifie ce fichier sans l’importer).',
    en: 'You may not update this collectivity’s progress: only the collectivity’s people who hold that right and administrators may (campaign moderators check this file but cannot import it).',
  },
  NOT_ALLOWED: {
    fr: 'Vous ne pouvez pas modifier cette collectivité.',
    en: 'You may not change this collectivity.',
  },
  RULE_BROKEN: { fr: 'Refusé : {value}.', en: 'Refused: {value}.' },
  WRITE_FAILED: {
    fr: 'L’enregistrement a échoué : {value}.',
    en: 'The write failed: {value}.',
  },
} as const satisfies Record<string, LocalizedText>;

export type ImportProblemCode = keyof typeof IMPORT_PROBLEMS;

export const IMPORT_PROBLEM_CODES = Object.keys(IMPORT_PROBLEMS) as ImportProblemCode[];

/** The import problem for a code of the rulebook (libs/pact/src/rules/codes.ts): the same, or INVALID_VALUE. */
export function importProblemOfRule(code: string): ImportProblemCode {
  return code in IMPORT_PROBLEMS ? (code as ImportProblemCode) : 'INVALID_VALUE';
}

/** One problem of a report: where (line of the file, 1 = the header; column as headed in the file), what, why. */
export interface ImportProblem {
  /** Line in the file (the header is line 1); null for the file as a whole. */
  line: number | null;
  /** The column's header as written in the file, or the field's name; null when the whole row is concerned. */
  column: string | null;
  /** The value as read (private fields are masked); null when there is none. */
  value: string | null;
  code: ImportProblemCode;
  /** Fills the text's `{expected}` / `{candidates}`. */
  expected?: string | null;
  candidates?: string | null;
  /** A warning leaves the import possible (an ignored column); an error stops it. */
  severity: 'error' | 'warning';
}

/** The problem's text in one language, its placeholders filled. */
export function importProblemText(problem: ImportProblem, locale: 'fr' | 'en'): string {
  const template = IMPORT_PROBLEMS[problem.code][locale];
  return template
    .replace('{value}', problem.value ?? '')
    .replace('{column}', problem.column ?? '')
    .replace('{expected}', problem.expected ?? '')
    .replace('{candidates}', problem.candidates ?? '');
}

/** What an import did, or would do (dry run). */
export interface ImportReport {
  kind: string;
  dryRun: boolean;
  /** True when the real run wrote (there was something to write and no error). */
  written: boolean;
  /** SHA-256 of the file's bytes: the dashboard confirms the file it checked. */
  fileHash: string;
  encoding: string;
  separator: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Rows refused (each has at least one error problem). */
  refused: number;
  problems: ImportProblem[];
}

/**
 * Whether the file was refused as a whole before its rows were examined (too large, unreadable, an unknown encoding,
 * a missing column, a bad mapping): its counts then say nothing about its rows, and the fix is the file's, not a row's.
 */
export function refusedAsAWhole(
  report: Pick<ImportReport, 'created' | 'updated' | 'unchanged' | 'refused' | 'problems'>,
) {
  return (
    report.created + report.updated + report.unchanged + report.refused === 0 &&
    report.problems.some((p) => p.severity === 'error')
  );
}
