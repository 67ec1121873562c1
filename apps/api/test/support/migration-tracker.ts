import { SaxesParser } from 'saxes';
import { ensureSoftwareCatalogue } from '../../src/modules/software-catalogue/catalogue.importer';
import { createUser, grantRole } from './factories';
import type { TestApi } from './test-app';
export { committedCommune } from './committed-commune';

/** Upserts the seed of free alternatives (the app does it on start; the test app does not start that way). */
export async function seedCatalogue(api: TestApi): Promise<void> {
  await ensureSoftwareCatalogue(api.dataSource);
}

/** The id of a seed entry by its slug ("libreoffice", "debian-workstation"…). */
export async function seedEntryId(api: TestApi, slug: string): Promise<string> {
  const [row] = await api.dataSource.query(
    `SELECT id FROM software_catalogue_entry WHERE source = 'SEED' AND external_id = $1`,
    [slug],
  );
  if (!row) throw new Error(`no seed entry ${slug}: call seedCatalogue first`);
  return row.id;
}

/** A signed-in user holding `role` on `collectivityId`; returns the session cookie to call as them. */
export async function userWithRole(api: TestApi, role: string, collectivityId: string): Promise<{ cookie: string }> {
  const user = await createUser(api, role);
  await grantRole(api, user.id, role, { collectivityId });
  return { cookie: user.cookie };
}

export const ADD_ITEM = `mutation($input: AddInventoryItemInput!) { addInventoryItem(input: $input) {
  id category productName stage stageReachedOn actionCodes runsFree targetIsFree
  stageHistory { stage reachedOn notes evidenceIds }
} }`;

export const ADVANCE = `mutation($input: AdvanceMigrationStageInput!) { advanceMigrationStage(input: $input) {
  item { id stage stageReachedOn runsFree stageHistory { stage reachedOn notes evidenceIds } }
  proposedProgressUpdates { commitmentId actionCode from to }
} }`;

export const ADD_EVIDENCE = `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { id actionCodes criterionIds } }`;

export const UPDATE_PROGRESS = `mutation($input: UpdateActionProgressInput!) { updateActionProgress(input: $input) { actionCode status } }`;

/** Throws on any XML well-formedness error; returns the text of the elements with this local name, in order. */
export function xmlTexts(xml: string, local: string): string[] {
  const parser = new SaxesParser({ xmlns: true });
  const texts: string[] = [];
  const stack: string[] = [];
  let current: string | null = null;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    stack.push(tag.local);
    if (tag.local === local) current = '';
  });
  parser.on('text', (text) => {
    if (current !== null) current += text;
  });
  parser.on('closetag', (tag) => {
    stack.pop();
    if (tag.local === local && current !== null) {
      texts.push(current);
      current = null;
    }
  });
  parser.write(xml).close();
  return texts;
}

/** GET a path of the test app (REST routes), anonymously. */
export async function download(api: TestApi, path: string): Promise<Response> {
  const address = api.app.getHttpServer().address();
  return fetch(`http://127.0.0.1:${address.port}${path}`);
}
