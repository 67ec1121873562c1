import { coreEn } from './messages/core.en';
import { overviewEn } from './messages/overview.en';
import { searchEn } from './messages/search.en';
import { directoryEn } from './messages/directory.en';
import { opendataEn } from './messages/opendata.en';
import { collectivityEn } from './messages/collectivity.en';
import { electionEn } from './messages/election.en';
import { accountEn } from './messages/account.en';
import { editingEn } from './messages/editing.en';
import { auditEn } from './messages/audit.en';
import { migrationEn } from './messages/migration.en';
import { rulesEn } from './messages/rules.en';
import { deskEn } from './messages/desk.en';
import { importsEn } from './messages/imports.en';
import { declarationsEn } from './messages/declarations.en';
import { errorsEn } from './messages/errors.en';
import type { Messages } from './messages.fr';

/** English: every key of the French messages, with the same placeholders. */
export const en: Messages = {
  ...coreEn,
  ...overviewEn,
  ...searchEn,
  ...directoryEn,
  ...opendataEn,
  ...collectivityEn,
  ...electionEn,
  ...accountEn,
  ...editingEn,
  ...auditEn,
  ...migrationEn,
  ...rulesEn,
  ...deskEn,
  ...importsEn,
  ...declarationsEn,
  ...errorsEn,
};
