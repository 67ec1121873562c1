import type { LocalizedText } from '../i18n';

/** The formats every export is offered in (`GeoJSON` only where a dataset's rows are placed: see `Dataset.geo`). */
export const EXPORT_FORMATS = ['csv', 'json', 'ods', 'geojson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Media type of each format, for Content-Type. */
export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  geojson: 'application/geo+json; charset=utf-8',
};

/**
 * The type of a column, named as Frictionless Table Schema names it, except `list`: several strings, joined by
 * `LIST_SEPARATOR` in CSV and ODS cells (a Table Schema `string`), an array in JSON and GeoJSON. `object` is a JSON
 * object: its JSON text in CSV and ODS cells, the object itself in JSON and GeoJSON.
 */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime' | 'list' | 'object';

/** How a `list` column's items are joined in a CSV or ODS cell (no item contains it: codes, parties, ids). */
export const LIST_SEPARATOR = ';';

export interface DatasetColumn {
  /** snake_case, unique in the dataset; the CSV header. */
  name: string;
  type: ColumnType;
  description: LocalizedText;
  /** False when a cell may be empty (null). */
  required: boolean;
  /** The only values the column takes, when it is a code. */
  enum?: readonly string[];
  /** Part of the row's identity (Table Schema primaryKey). */
  key?: boolean;
}

/** Ids of the public datasets, in the order the "Données ouvertes" page and the dump list them. */
export const DATASET_IDS = [
  'committed-collectivities',
  'commitments',
  'progress',
  'milestones',
  'evidence',
  'audits',
  'signatories',
  'inventory',
  'figures',
  'software',
  'history',
] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

/** The filters exports accept; the same names as the dashboard's URL filters. See `EXPORT_FILTERS`. */
export const EXPORT_FILTER_NAMES = [
  'region',
  'departement',
  'epci',
  'kind',
  'code',
  'stratum',
  'source',
  'scoreMin',
  'scoreMax',
  'action',
  'status',
  'verdict',
  'stage',
  'category',
  'demo',
  'since',
  'until',
] as const;
export type ExportFilterName = (typeof EXPORT_FILTER_NAMES)[number];

/** Filters as they travel in a URL: each one a string, absent when not set. */
export type ExportFilterValues = Partial<Record<ExportFilterName, string>>;

export interface Dataset {
  id: DatasetId;
  title: LocalizedText;
  /** What a row is, where the data comes from, and for `geo` datasets the source and coverage of the points. */
  description: LocalizedText;
  /** What one row stands for, e.g. "one committed collectivity". */
  row: LocalizedText;
  columns: readonly DatasetColumn[];
  filters: readonly ExportFilterName[];
  formats: readonly ExportFormat[];
  /** Rows belong to a collectivity, so the GeoJSON export gives each one the collectivity's point. */
  geo: boolean;
}
