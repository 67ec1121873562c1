import type { Locale } from '@pacte/pact';
import { en } from './messages.en';
import { fr, type Messages } from './messages.fr';

/**
 * Both languages' messages at once, for tests and checks that read them all. The dashboard itself never imports this
 * module: it loads one language's chunk at a time (`loadMessages` in ./i18n.tsx).
 */
export const MESSAGES: Record<Locale, Messages> = { fr, en };
