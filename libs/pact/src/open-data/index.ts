export * from './types';
export { GEO_COVERAGE, GEO_DESCRIPTION } from './geo';
export { OPEN_DATASETS, OPEN_DATA_LICENCE, getDataset, isDatasetId, isExportFormat } from './catalogue';
export { EXPORT_FILTERS, parseExportFilters, isExportFilterName } from './filters';
export type { ExportFilters, ExportFilterIssue, ExportFiltersResult } from './filters';
export { EXPORTS_PATH, exportUrl, exportFilterValues, exportFileName, parseExportFile } from './url';
export type { ExportPathResult } from './url';
export { openDataMarkdown, withOpenDataMarkdown, OPEN_DATA_DOCS_START, OPEN_DATA_DOCS_END } from './docs';
