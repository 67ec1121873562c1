import { firstEn } from './messages.first.en';
import { restEn } from './messages.rest.en';
import type { Messages } from './messages.fr';

/** English: every key of the French messages, with the same placeholders (for types and tests, as ./messages.fr). */
export const en: Messages = { ...firstEn, ...restEn };
