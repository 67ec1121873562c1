import { directoryFr } from './messages/directory.fr';
import { opendataFr } from './messages/opendata.fr';
import { collectivityFr } from './messages/collectivity.fr';
import { accountFr } from './messages/account.fr';
import { editingFr } from './messages/editing.fr';
import { auditFr } from './messages/audit.fr';
import { migrationFr } from './messages/migration.fr';
import { deskFr } from './messages/desk.fr';
import { importsFr } from './messages/imports.fr';
import { declarationsFr } from './messages/declarations.fr';
import { electionFr } from './messages/election.fr';

/** The French messages of the pages other than home (see ./messages.first.fr), in a chunk of their own. */
export const restFr = {
  ...directoryFr,
  ...opendataFr,
  ...collectivityFr,
  ...accountFr,
  ...editingFr,
  ...auditFr,
  ...migrationFr,
  ...deskFr,
  ...importsFr,
  ...declarationsFr,
  ...electionFr,
} as const;
