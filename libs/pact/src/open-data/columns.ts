import type { LocalizedText } from '../i18n';
import type { ColumnType, DatasetColumn } from './types';

/** A column; `required` unless `optional` is given, or it is a list (an empty list is an empty cell). */
export function column(
  name: string,
  type: ColumnType,
  fr: string,
  en: string,
  options: { optional?: boolean; enum?: readonly string[]; key?: boolean } = {},
): DatasetColumn {
  const description: LocalizedText = { fr, en };
  return {
    name,
    type,
    description,
    required: options.optional !== true && type !== 'list',
    ...(options.enum ? { enum: options.enum } : {}),
    ...(options.key ? { key: true } : {}),
  };
}

/** The columns that say which collectivity a row belongs to; `optional` for rows that may belong to none. */
export function collectivityColumns(
  enumKinds: readonly string[],
  options: { optional?: boolean; key?: boolean } = {},
): DatasetColumn[] {
  const optional = options.optional === true;
  return [
    column(
      'collectivity_code',
      'string',
      'Code officiel de la collectivité : INSEE pour les communes, départements et régions, SIREN pour les EPCI et syndicats',
      'Official code of the collectivity: INSEE for communes, départements and régions, SIREN for EPCI and syndicats',
      { optional, key: options.key },
    ),
    column('collectivity_kind', 'string', 'Type de collectivité', 'Kind of collectivity', {
      optional,
      enum: enumKinds,
      key: options.key,
    }),
    column('collectivity_name', 'string', 'Nom officiel de la collectivité', 'Official name of the collectivity', {
      optional,
    }),
    column('departement', 'string', 'Code du département', 'Code of the département', { optional: true }),
    column('region', 'string', 'Code INSEE de la région', 'INSEE code of the région', { optional: true }),
  ];
}

export const demoColumn = (fr: string, en: string): DatasetColumn => column('demo', 'boolean', fr, en);

export const DEMO_OF_COMMITMENT = demoColumn(
  'true pour un enregistrement de la démonstration (fictif, étiqueté « [Démo] »), false pour une donnée réelle',
  'true for a record of the demonstration (fictional, labelled “[Démo]”), false for real data',
);
