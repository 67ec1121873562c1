import { foldForSearch } from '../../../common/text/normalize';

/**
 * The Ministry of the Interior's column names, every spelling seen between elections, folded to one canonical field
 * (see /docs/imports.md, "Ministry files"). A header is compared in its compact folded form: no accents, case, spaces
 * or punctuation ("N°Panneau", "N.Pan." → "npanneau", "npan"); a mis-decoded "Libell°" reads as "Libellé".
 */
export const MINISTRY_COLUMNS = {
  // The commune (every file).
  departementCode: ['Code du département', 'Code département', 'Code departement', 'Dept', 'Code dpt'],
  communeCode: ['Code de la commune', 'Code commune', 'Code INSEE', 'Code de la collectivité', 'Code INSEE commune'],
  communeName: ['Libellé de la commune', 'Libellé commune', 'Commune', 'Nom de la commune'],
  registered: ['Inscrits'],
  voters: ['Votants'],
  expressed: ['Exprimés'],
  // One list (a repeated block of the wide results, a row of the long results, a candidate of the candidatures).
  panel: [
    'N°Panneau',
    'N. Pan.',
    'N° Panneau',
    'Numéro de panneau',
    'N° Panneau Liste',
    'Numéro de panneau liste',
    'Panneau',
  ],
  nuance: ['Code Nuance', 'Nuance', 'Nuance Liste', 'Code nuance liste', 'Nuance de la liste'],
  listName: ['Liste', 'Libellé Etendu Liste', 'Libellé de la liste', 'Libellé liste', 'Nom de la liste'],
  shortListName: ['Libellé Abrégé Liste', 'Libellé abrégé de liste', 'Libellé court liste'],
  sex: ['Sexe', 'Sexe tête de liste', 'Sexe candidat'],
  lastName: ['Nom', 'Nom tête de liste', 'Nom candidat', 'Nom du candidat'],
  firstName: ['Prénom', 'Prénom tête de liste', 'Prénom candidat', 'Prénom du candidat'],
  votes: ['Voix'],
  seats: ['Sièges / Elu', 'Sieges', 'Sièges', 'Sièges au CM', 'Sièges CM', 'Elus', 'Élus'],
  sectorSeats: ['Sièges Secteur', 'Sieges secteur'],
  communitySeats: ['Sièges CC', 'Sieges CC', 'Sièges au CC', 'Sièges conseil communautaire'],
  // The candidatures: one row per candidate.
  candidateNumber: ['N° candidat', 'Numéro candidat', 'Ordre', 'Numéro d’ordre', "N° d'ordre", 'Position'],
  headOfList: ['Tête de liste'],
  communityCandidate: ['Candidat au conseil communautaire', 'CC', 'Candidat CC'],
  // The register of elected officials (RNE).
  epciSiren: ['N° SIREN', 'SIREN', 'Siren de l’EPCI', 'Code SIREN'],
  epciName: ['Libellé de l’EPCI', "Libellé de l'EPCI", 'EPCI'],
  electedLastName: ['Nom de l’élu', "Nom de l'élu", 'Nom de l élu', 'Nom élu'],
  electedFirstName: ['Prénom de l’élu', "Prénom de l'élu", 'Prénom élu'],
  function: ['Libellé de la fonction', 'Fonction'],
  mandateStart: ['Date de début du mandat'],
} as const;

export type MinistryField = keyof typeof MINISTRY_COLUMNS;

/** The compact folded form headers are compared in. */
export function headerKey(header: string): string {
  return foldForSearch(header.replace(/°/g, ' '))
    .replace(/\s+/g, '')
    .replace(/libelle?/g, 'libell');
}

const FIELD_BY_KEY = new Map<string, MinistryField>();
for (const [field, spellings] of Object.entries(MINISTRY_COLUMNS) as [MinistryField, readonly string[]][]) {
  for (const spelling of spellings) FIELD_BY_KEY.set(headerKey(spelling), field);
}

/** The canonical field a header names, or null when it is none of the Ministry's columns (percentages, etc.). */
export function fieldOf(header: string): MinistryField | null {
  return FIELD_BY_KEY.get(headerKey(header)) ?? null;
}

const OVERSEAS_LETTERS: Record<string, string> = {
  ZA: '971',
  ZB: '972',
  ZC: '973',
  ZD: '974',
  ZS: '975',
  ZM: '976',
  ZX: '977',
  ZW: '986',
  ZP: '987',
  ZN: '988',
};

/** A département code as the referential writes it: "1" → "01", "2a" → "2A", the Ministry's "ZA" → "971". */
export function departementCodeOf(raw: string): string | null {
  const code = raw.trim().toUpperCase();
  if (OVERSEAS_LETTERS[code]) return OVERSEAS_LETTERS[code];
  if (/^\d$/.test(code)) return `0${code}`;
  if (/^(\d{2}|2[AB]|9[78]\d)$/.test(code)) return code;
  return null;
}

/**
 * The commune's INSEE code from the Ministry's columns: a five-character code is taken as it is; otherwise the
 * commune part ("1", "001") is joined to the département ("01001"; "ZA" + "101" → "97101"). Null when it cannot be.
 */
export function inseeCodeOf(departement: string | undefined, commune: string): string | null {
  const code = commune.trim().toUpperCase();
  if (/^(\d{5}|2[AB]\d{3})$/.test(code)) return code;
  if (!departement || !/^\d{1,3}$/.test(code)) return null;
  const dept = departementCodeOf(departement);
  if (!dept) return null;
  if (dept.length === 3) {
    // Overseas: "101" already carries the département's third digit (97101); "01" does not.
    return code.length === 3 && code[0] === dept[2] ? `${dept.slice(0, 2)}${code}` : `${dept}${code.padStart(2, '0')}`;
  }
  return `${dept}${code.padStart(3, '0')}`;
}

/** A whole number as the Ministry writes it ("1 234", "12"), null when the cell is empty, NaN when it is not one. */
export function countOf(raw: string | undefined): number | null {
  const text = (raw ?? '').replace(/[\s\u00a0\u202f]/g, '');
  if (text === '') return null;
  return /^\d+$/.test(text) ? Number(text) : Number.NaN;
}
