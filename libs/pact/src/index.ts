export { LOCALES } from './i18n';
export type { Locale, LocalizedText } from './i18n';
export * from './progress-status';
export * from './evidence-kind';
export * from './tnl-domain';
export * from './assessment';
export * from './section-assessment';
export * from './migration-stage';
export * from './catalogue/types';
export {
  getCatalogue,
  findAction,
  isActionCode,
  isPactEdition,
  getSection,
  compareActionCodes,
} from './catalogue/catalogue';
export { getSections } from './catalogue/sections';
export * from './source-text';
export * from './scoring';
export * from './population';
export type { DateInput } from './dates';
export { toUtcDate, toIsoDate, addMonths, monthsBetween, addFractionalMonths, dateInWords } from './dates';
export * from './mandate';
export * from './software';
export * from './tnl';
export * from './rules';
export * from './events';
export * from './collectivity-kind';
export * from './open-data';
export * from './site/paths';
export * from './imports';
export * from './french';
