export * from './categories';
export * from './free-alternatives';
export type {
  CatalogueSource,
  CatalogueProvider,
  CatalogueEntry,
  SkippedRecord,
  CatalogueParseResult,
} from './catalogue-entry';
export { CATALOGUE_SOURCES } from './catalogue-entry';
export { parseSillCatalogue } from './sill';
export { parseComptoirExport } from './comptoir';
export * from './contracts';
export * from './fleet';
export * from './inventory';
export * from './proposed-progress';
export * from './pooling';
export * from './planned-stages';
