import { getDataset, isDatasetId, isExportFormat } from './catalogue';
import type { ExportFilters } from './filters';
import { EXPORT_FILTER_NAMES, type DatasetId, type ExportFilterValues, type ExportFormat } from './types';

/**
 * The URL form of typed filters (the inverse of `parseExportFilters`). Here rather than beside the parser, whose zod
 * schemas the dashboard's first page then does not load.
 */
export function exportFilterValues(filters: ExportFilters): ExportFilterValues {
  const values: ExportFilterValues = {};
  for (const name of EXPORT_FILTER_NAMES) {
    const value = filters[name];
    if (value !== undefined) values[name] = String(value);
  }
  return values;
}

/** Where the exports are served, below the site's root. */
export const EXPORTS_PATH = '/exports';

/**
 * The path of an export: `/exports/<dataset>.<format>?<filters>`, filters in the catalogue's order (so one set of
 * filters has one URL), empty ones left out. Relative to the site's root: prefix PUBLIC_URL for an absolute link.
 */
export function exportUrl(
  dataset: DatasetId,
  format: ExportFormat,
  filters: ExportFilters | ExportFilterValues = {},
): string {
  const values: ExportFilterValues = exportFilterValues(filters as ExportFilters);
  const query = new URLSearchParams();
  for (const name of EXPORT_FILTER_NAMES) {
    const value = values[name];
    if (value !== undefined && value !== '') query.set(name, value);
  }
  const search = query.toString();
  return `${EXPORTS_PATH}/${dataset}.${format}${search ? `?${search}` : ''}`;
}

/** The file name of a download, e.g. `progress.csv` (the dump names its files the same way). */
export function exportFileName(dataset: DatasetId, format: ExportFormat): string {
  return `${dataset}.${format}`;
}

export type ExportPathResult =
  | { ok: true; dataset: DatasetId; format: ExportFormat }
  | { ok: false; code: 'EXPORT_UNKNOWN_DATASET' | 'EXPORT_UNKNOWN_FORMAT' };

/** Reads `<dataset>.<format>`, the last segment of an export's path; a format the dataset lacks is unknown. */
export function parseExportFile(file: string): ExportPathResult {
  const dot = file.lastIndexOf('.');
  const dataset = dot < 0 ? file : file.slice(0, dot);
  const format = dot < 0 ? '' : file.slice(dot + 1);
  if (!isDatasetId(dataset)) return { ok: false, code: 'EXPORT_UNKNOWN_DATASET' };
  if (!isExportFormat(format) || !getDataset(dataset).formats.includes(format)) {
    return { ok: false, code: 'EXPORT_UNKNOWN_FORMAT' };
  }
  return { ok: true, dataset, format };
}
