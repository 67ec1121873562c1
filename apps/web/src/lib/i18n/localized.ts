import type { Locale, LocalizedText } from '@pacte/pact';

/** The text of a libs/pact `{ fr, en }` label in the given language. */
export function localized(text: LocalizedText, locale: Locale): string {
  return text[locale];
}
