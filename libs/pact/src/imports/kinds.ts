import type { LocalizedText } from '../i18n';

/**
 * The kinds of CSV import, in the order the desk's "Importer" screen lists them. The API has one importer per kind
 * (apps/api/src/modules/imports/importers); a kind with an option (a results file's round) names it here, so the
 * screen and the command line ask for it. Adding a kind: add it here, then its importer (see the imports module's
 * README comment in imports/engine/importer.ts).
 */
export interface ImportKindOption {
  /** The option's name: `--round` on the command line, `round` in the upload. */
  name: string;
  label: LocalizedText;
  /** The values it takes; the first is the default. */
  values: readonly string[];
}

export interface ImportKind {
  code: string;
  label: LocalizedText;
  description: LocalizedText;
  options: readonly ImportKindOption[];
  /**
   * Whether a mapping file can name other headers for this kind's fields (the campaign's own spreadsheets); the
   * Ministry's files and the progress export have fixed columns, every spelling of which the import already reads.
   */
  mapping: boolean;
}

export const IMPORT_KINDS = [
  {
    code: 'signatures',
    label: { fr: 'Signatures du pacte', en: 'Signatures of the pact' },
    description: {
      fr: 'Les formulaires de signature collectés pendant la campagne (« ma liste s’engage » ou « je m’engage ») : une ligne par signataire.',
      en: 'The signing forms collected during the campaign ("ma liste s’engage" or "je m’engage"): one row per signatory.',
    },
    options: [],
    mapping: true,
  },
  {
    code: 'progress',
    label: { fr: 'Avancement des actions', en: 'Progress of the actions' },
    description: {
      fr: 'Le fichier CSV de l’export « Avancement des actions », modifié dans un tableur : seules les lignes changées sont enregistrées, par les personnes qui peuvent mettre à jour l’avancement de la collectivité (la modération de campagne vérifie ce fichier sans l’importer).',
      en: 'The CSV of the "Progress of the actions" export, edited in a spreadsheet: only the changed rows are written, by those who may update the collectivity’s progress (campaign moderators check this file but cannot import it).',
    },
    options: [],
    mapping: false,
  },
  {
    code: 'candidates',
    label: { fr: 'Listes candidates (ministère)', en: 'Candidate lists (Ministry)' },
    description: {
      fr: 'Les candidatures publiées par le ministère de l’Intérieur : une ligne par candidat (ou par liste), avec le numéro de panneau, la nuance et la tête de liste.',
      en: 'The candidatures published by the Ministry of the Interior: one row per candidate (or per list), with the panel number, the nuance and the head of list.',
    },
    options: [],
    mapping: false,
  },
  {
    code: 'results',
    label: { fr: 'Résultats (ministère)', en: 'Results (Ministry)' },
    description: {
      fr: 'Les résultats par commune publiés par le ministère, au format large (une ligne par commune) ou long (une ligne par liste). Une liste signataire qui remporte la majorité engage sa commune.',
      en: 'The results per commune published by the Ministry, wide (one row per commune) or long (one row per list). A signing list that wins the majority commits its commune.',
    },
    options: [{ name: 'round', label: { fr: 'Tour', en: 'Round' }, values: ['1', '2'] }],
    mapping: false,
  },
  {
    code: 'elected',
    label: { fr: 'Répertoire national des élus', en: 'Register of elected officials' },
    description: {
      fr: 'Un extrait du répertoire national des élus (conseillères et conseillers municipaux ou communautaires) : confirme les signataires élu·es et celles et ceux qui siègent au conseil de leur intercommunalité. Le répertoire des conseillers municipaux donne le conseil entier de chaque commune qu’il contient : les autres signataires de ces communes y sont marqués non élu·es.',
      en: 'An extract of the national register of elected officials (municipal or community councillors): confirms which signatories were elected and which sit on their EPCI’s council. The register of municipal councillors is the whole council of each commune it holds: the other signatories of those communes are marked not elected.',
    },
    options: [],
    mapping: false,
  },
] as const satisfies readonly ImportKind[];

export type ImportKindCode = (typeof IMPORT_KINDS)[number]['code'];

export function findImportKind(code: string): ImportKind | undefined {
  return (IMPORT_KINDS as readonly ImportKind[]).find((k) => k.code === code);
}

/** The largest file an import accepts (bytes): a national signature file is a few megabytes. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
