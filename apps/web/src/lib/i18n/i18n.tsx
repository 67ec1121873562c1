import { createContext, use, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { dateInWords, ofName, type Locale } from '@pacte/pact';
import type { MessageKey, Messages } from './messages.fr';

export type { Locale };
export const LOCALES: readonly Locale[] = ['fr', 'en'];
export const DEFAULT_LOCALE: Locale = 'fr';
export const LOCALE_STORAGE_KEY = 'pacte.locale';

/**
 * Each language's messages come in two chunks of their own: those of the first load (the layout, the home page, the
 * errors and the forms' rules: ./messages.first.fr), which main.tsx loads before the first render, and those of the
 * other pages (./messages.rest.fr), which those pages wait for (`PageMessages`). A visit loads the language it reads in,
 * and the other only if the reader switches. Tests provide both languages whole (`provideMessages`).
 */
type Part = 'first' | 'rest';
const messageChunks: Record<Locale, Record<Part, () => Promise<Partial<Messages>>>> = {
  fr: {
    first: () => import('./messages.first.fr').then((m) => m.firstFr),
    rest: () => import('./messages.rest.fr').then((m) => m.restFr),
  },
  en: {
    first: () => import('./messages.first.en').then((m) => m.firstEn),
    rest: () => import('./messages.rest.en').then((m) => m.restEn),
  },
};
/** One object per language, which each part is merged into when it arrives (`t` reads it at each call). */
const loadedMessages: Partial<Record<Locale, Partial<Messages>>> = {};
const loadedParts: Record<Locale, Set<Part>> = { fr: new Set(), en: new Set() };
const loading: Record<Locale, Partial<Record<Part | 'all', Promise<void>>>> = { fr: {}, en: {} };

function loadPart(locale: Locale, part: Part): Promise<void> {
  return (loading[locale][part] ??= messageChunks[locale][part]().then(
    (messages) => {
      Object.assign((loadedMessages[locale] ??= {}), messages);
      loadedParts[locale].add(part);
    },
    (error: unknown) => {
      // A chunk that failed to load (network) is asked for again next time.
      delete loading[locale][part];
      throw error;
    },
  ));
}

/**
 * Loads a language's messages (once): those of the first load, or with `allPages` those of every page. Resolves when
 * `createI18n(locale)` can use them; the same promise until then (React's `use` in `PageMessages` needs it).
 */
export function loadMessages(locale: Locale, { allPages = false }: { allPages?: boolean } = {}): Promise<void> {
  if (!allPages) return loadPart(locale, 'first');
  return (loading[locale].all ??= Promise.all([loadPart(locale, 'first'), loadPart(locale, 'rest')]).then(
    () => undefined,
    (error: unknown) => {
      delete loading[locale].all;
      throw error;
    },
  ));
}

/** Are the messages of every page of `locale` loaded? */
export function hasAllMessages(locale: Locale): boolean {
  return loadedParts[locale].has('rest') && loadedParts[locale].has('first');
}

/** Makes a language's messages available at once, without loading its chunks (tests, which import them directly). */
export function provideMessages(locale: Locale, messages: Messages): void {
  loadedMessages[locale] = { ...messages };
  loadedParts[locale].add('first').add('rest');
}

function messagesOf(locale: Locale): Partial<Messages> | undefined {
  return loadedParts[locale].has('first') ? loadedMessages[locale] : undefined;
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
  loaded: Partial<Messages> | undefined = messagesOf(locale),
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
    // Once a page other than home was shown, the next language comes with every page's messages, so that the page does
    // not fall back to its loading state while they load.
    const allPages = LOCALES.some(hasAllMessages);
    if (allPages ? hasAllMessages(next) : messagesOf(next)) setLocaleState(next);
    else void loadMessages(next, { allPages }).then(() => setLocaleState(next));
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

/**
 * Renders its children once the messages of every page are loaded in the current language: the pages other than home
 * are wrapped in it (app/router.tsx) and show the layout's loading state meanwhile, as while their own chunk loads.
 */
export function PageMessages({ children }: { children: ReactNode }) {
  const { locale } = useI18n();
  if (!hasAllMessages(locale)) use(loadMessages(locale, { allPages: true }));
  return children;
}
