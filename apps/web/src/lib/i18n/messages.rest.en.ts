import { directoryEn } from './messages/directory.en';
import { opendataEn } from './messages/opendata.en';
import { collectivityEn } from './messages/collectivity.en';
import { accountEn } from './messages/account.en';
import { editingEn } from './messages/editing.en';
import { auditEn } from './messages/audit.en';
import { migrationEn } from './messages/migration.en';
import { deskEn } from './messages/desk.en';
import { importsEn } from './messages/imports.en';
import { declarationsEn } from './messages/declarations.en';
import { electionEn } from './messages/election.en';
import type { restFr } from './messages.rest.fr';

/** English messages of the pages other than home: the keys of ./messages.rest.fr. */
export const restEn: Record<keyof typeof restFr, string> = {
  ...directoryEn,
  ...opendataEn,
  ...collectivityEn,
  ...accountEn,
  ...editingEn,
  ...auditEn,
  ...migrationEn,
  ...deskEn,
  ...importsEn,
  ...declarationsEn,
  ...electionEn,
};
