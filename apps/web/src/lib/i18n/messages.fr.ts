import { coreFr } from './messages/core.fr';
import { overviewFr } from './messages/overview.fr';
import { searchFr } from './messages/search.fr';
import { directoryFr } from './messages/directory.fr';
import { opendataFr } from './messages/opendata.fr';
import { collectivityFr } from './messages/collectivity.fr';
import { electionFr } from './messages/election.fr';
import { accountFr } from './messages/account.fr';
import { editingFr } from './messages/editing.fr';
import { auditFr } from './messages/audit.fr';
import { migrationFr } from './messages/migration.fr';
import { rulesFr } from './messages/rules.fr';
import { deskFr } from './messages/desk.fr';
import { importsFr } from './messages/imports.fr';
import { declarationsFr } from './messages/declarations.fr';
import { errorsFr } from './messages/errors.fr';

/**
 * French, the default language of the dashboard, and the reference list of message keys, one file per part of the
 * dashboard in messages/: each English file must have exactly the keys of its French one (the compiler checks it, and
 * test/i18n.test.ts checks the placeholders). Counted messages come in pairs `<key>_one` / `<key>_other` and are used
 * through `plural()`; `{count}` is formatted.
 */
export const fr = {
  ...coreFr,
  ...overviewFr,
  ...searchFr,
  ...directoryFr,
  ...opendataFr,
  ...collectivityFr,
  ...electionFr,
  ...accountFr,
  ...editingFr,
  ...auditFr,
  ...migrationFr,
  ...rulesFr,
  ...deskFr,
  ...importsFr,
  ...declarationsFr,
  ...errorsFr,
} as const;

export type MessageKey = keyof typeof fr;
export type Messages = Record<MessageKey, string>;
