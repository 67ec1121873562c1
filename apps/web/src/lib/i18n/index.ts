export {
  I18nProvider,
  useI18n,
  createI18n,
  interpolate,
  initialLocale,
  localeFromLanguages,
  localeFromSearch,
  LOCALE_PARAM,
  isLocale,
  LOCALES,
  DEFAULT_LOCALE,
  LOCALE_STORAGE_KEY,
  loadMessages,
  hasAllMessages,
  provideMessages,
  PageMessages,
} from './i18n';
export { MESSAGES } from './all-messages';
export type { I18n, Locale, Params, PluralKey } from './i18n';
export type { MessageKey, Messages } from './messages.fr';
export { localized } from './localized';
