/** A text given in the two languages of the project: French (the UI default) and English. */
export interface LocalizedText {
  fr: string;
  en: string;
}

/** The languages every label of this library is available in. */
export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Builds a type guard for one of the `as const` string enums of this library. */
export function makeGuard<T extends string>(values: readonly T[]): (value: unknown) => value is T {
  return (value: unknown): value is T => typeof value === 'string' && (values as readonly string[]).includes(value);
}
