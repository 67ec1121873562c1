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
}

export const IMPORT_KINDS = [
  {
    code: 'signatures',
    label: { fr: 'Signatures du pacte', en: 'Signatures of the pact' },
    description: {
      fr: 'Les formulaires de signature collectés pendant la campagne (« ma liste s’engage » ou « je m’engage ») : une ligne par signataire.',
      en: 'The signing forms collected during the campaign ("ma liste s’engage" or "je m’engage"): one row per signatory.',
    },
    options: [],
  },
  {
    code: 'progress',
    label: { fr: 'Avancement des actions', en: 'Progress of the actions' },
    description: {
      fr: 'Le fichier CSV de l’export « Avancement des actions », modifié dans un tableur : seules les lignes changées sont enregistrées.',
      en: 'The CSV of the "Progress of the actions" export, edited in a spreadsheet: only the changed rows are written.',
    },
    options: [],
  },
] as const satisfies readonly ImportKind[];

export type ImportKindCode = (typeof IMPORT_KINDS)[number]['code'];

export function findImportKind(code: string): ImportKind | undefined {
  return (IMPORT_KINDS as readonly ImportKind[]).find((k) => k.code === code);
}

/** The largest file an import accepts (bytes): a national signature file is a few megabytes. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
