import { firstFr } from './messages.first.fr';
import { restFr } from './messages.rest.fr';

/**
 * French, the default language of the dashboard, and the reference list of message keys, one file per part of the
 * dashboard in messages/: each English file must have exactly the keys of its French one (the compiler checks it, and
 * test/i18n.test.ts checks the placeholders). Counted messages come in pairs `<key>_one` / `<key>_other` and are used
 * through `plural()`; `{count}` is formatted. The dashboard loads them in two chunks (./messages.first.fr, for the
 * first load, and ./messages.rest.fr, for the other pages): this module, which joins them, is for types and tests.
 */
export const fr = { ...firstFr, ...restFr } as const;

export type MessageKey = keyof typeof fr;
export type Messages = Record<MessageKey, string>;
