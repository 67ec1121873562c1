import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { dateInWords, ofName, type Locale } from '@pacte/pact';
import type { MessageKey, Messages } from './messages.fr';

export type { Locale };
export const LOCALES: readonly Locale[] = ['fr', 'en'];
export const DEFAULT_LOCALE: Locale = 'fr';
export const LOCALE_STORAGE_KEY = 'pacte.locale';

/**
 * Each language's messages come in a chunk of their own: a visit loads the one it reads in (main.tsx waits for it
 * before the first render), and the other only if the reader switches. Tests provide both (`provideMessages`).
 */
const loadedMessages: Partial<Record<Locale, Messages>> = {};
const messageChunks: Record<Locale, () => Promise<Messages>> = {
  fr: () => import('./messages.fr').then((m) => m.fr),
  en: () => import('./messages.en').then((m) => m.en),
};

/** Loads a language's messages (once); resolves when `createI18n(locale)` can use them. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  return (loadedMessages[locale] ??= await messageChunks[locale]());
}

/** Makes a language's messages available at once, without loading its chunk (tests, which import them directly). */
export function provideMessages(locale: Locale, messages: Messages): void {
  loadedMessages[locale] = messages;
}

function messagesOf(locale: Locale): Messages | undefined {
  return loadedMessages[locale];
}

/** Keys that exist as `<base>_one` and `<base>_other`: counted messages, chosen with Intl.PluralRules. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_one` ? Base : never) : never;

export type Params = Record<string, string | number>;

/** Replaces `{name}` placeholders; a placeholder without a value is left as is, so a missing one shows. */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : match,
  );
}

export function isLocale(value: unknown): value is Locale {
  return value === 'fr' || value === 'en';
}

/** The URL parameter that carries the language (`?lang=en`), so that a link opens in the language it was shared in. */
export const LOCALE_PARAM = 'lang';

/** The language a `?lang=` query asks for, or null. */
export function localeFromSearch(search: string): Locale | null {
  const asked = new URLSearchParams(search).get(LOCALE_PARAM);
  return isLocale(asked) ? asked : null;
}

/** The first of the browser's languages (its Accept-Language) that the dashboard speaks, or null. */
export function localeFromLanguages(languages: readonly string[]): Locale | null {
  for (const language of languages) {
    const primary = language.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return null;
}

/**
 * The language to start in: the URL's `?lang=`, else the one saved by the switch, else the first the browser asks for
 * that the dashboard speaks (a first visit follows Accept-Language), else French.
 */
export function initialLocale(
  storage: Pick<Storage, 'getItem'> | undefined = safeStorage(),
  search: string = typeof window === 'undefined' ? '' : window.location.search,
  languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): Locale {
  const fromUrl = localeFromSearch(search);
  if (fromUrl) return fromUrl;
  try {
    const saved = storage?.getItem(LOCALE_STORAGE_KEY);
    if (isLocale(saved)) return saved;
  } catch {
    // Storage refused (private browsing): the browser's languages decide.
  }
  return localeFromLanguages(languages) ?? DEFAULT_LOCALE;
}

function safeStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** The message of `key` in the current language, with `{placeholders}` filled. */
  t: (key: MessageKey, params?: Params) => string;
  /** Is there a message for `key` (e.g. `apiError.<code>` for a code the API sent)? */
  has: (key: string) => key is MessageKey;
  /** A counted message: `<key>_one` or `<key>_other` by the language's plural rules; `{count}` is formatted. */
  plural: (key: PluralKey, count: number, params?: Params) => string;
  /** Numbers in the language's format (French: 1 234,5). */
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** A percentage given from 0 to 100, 1 decimal at most (French: 15,5 %). */
  formatPercent: (value: number | null | undefined) => string;
  /** 'YYYY-MM-DD' or an ISO date-time, as a long date (French: 22 mars 2026). */
  formatDate: (value: string, options?: Intl.DateTimeFormatOptions) => string;
  formatDateTime: (value: string) => string;
  /** « of » and a person's name, for an `{ofName}` placeholder: French « d’Alice », « de Bob »; English "of Alice". */
  ofName: (name: string) => string;
}

export function createI18n(
  locale: Locale,
  setLocale: (locale: Locale) => void = () => undefined,
  loaded: Messages | undefined = messagesOf(locale),
): I18n {
  // Before its chunk arrives (never once main.tsx has loaded it), a message shows as its key.
  const messages: Partial<Messages> = loaded ?? {};
  const tag = locale === 'fr' ? 'fr-FR' : 'en-GB';
  const pluralRules = new Intl.PluralRules(tag);
  const numberFormat = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const t = (key: MessageKey, params?: Params) => interpolate(messages[key] ?? key, params);
  const formatNumber = (value: number, options?: Intl.NumberFormatOptions) =>
    options ? new Intl.NumberFormat(tag, options).format(value) : numberFormat.format(value);
  return {
    locale,
    setLocale,
    t,
    ofName: (name) => (locale === 'fr' ? ofName(name) : `of ${name.trim()}`),
    has: (key): key is MessageKey => Object.prototype.hasOwnProperty.call(messages, key),
    plural: (key, count, params) => {
      const form = pluralRules.select(count) === 'one' ? 'one' : 'other';
      return t(`${key}_${form}` as MessageKey, { ...params, count: formatNumber(count) });
    },
    formatNumber,
    formatPercent: (value) =>
      value === null || value === undefined
        ? t('common.notAvailable')
        : new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100),
    formatDate: (value, options) => {
      // A plain day is read in UTC so that it never shifts by a day with the reader's time zone.
      const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
      if (Number.isNaN(date.getTime())) return value;
      // The day in words, as libs/pact writes it everywhere ("1er juin 2026", "24 juin 2026").
      if (!options) return dateInWords(date, locale);
      return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC', ...options }).format(date);
    },
    formatDateTime: (value) => {
      const date = new Date(value);
      if (Number.isNaN(date.getTime())) return value;
      return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short' }).format(date);
    },
  };
}

const I18nContext = createContext<I18n>(createI18n(DEFAULT_LOCALE));

/**
 * Holds the language, saves it in localStorage and keeps `<html lang>` in step with it. Switching to a language whose
 * messages are not loaded yet loads them first, so the page never shows message keys.
 */
export function I18nProvider({ children, locale: forced }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => forced ?? initialLocale());
  const [, setLoadedCount] = useState(0);
  const setLocale = useCallback((next: Locale) => {
    try {
      window.localStorage.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // Private browsing may refuse storage: the switch still works for this visit.
    }
    if (messagesOf(next)) setLocaleState(next);
    else void loadMessages(next).then(() => setLocaleState(next));
  }, []);
  useEffect(() => {
    // The first language, when main.tsx did not load it (an embedding that renders the provider directly).
    if (!messagesOf(locale)) void loadMessages(locale).then(() => setLoadedCount((n) => n + 1));
  }, [locale]);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const messages = messagesOf(locale);
  const value = useMemo(() => createI18n(locale, setLocale, messages), [locale, setLocale, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
