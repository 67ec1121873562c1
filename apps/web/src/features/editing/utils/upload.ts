import { postInputWithFile, postMultipart } from '../../../lib/upload';
import type { AddEvidenceInput } from '../../../generated/graphql';

/** POST /evidence/{id}/file (multipart, field `file`): replaces the file of evidence already recorded. */
export async function uploadEvidenceFile(evidenceId: string, file: File, doFetch: typeof fetch = fetch): Promise<void> {
  const body = new FormData();
  body.append('file', file);
  await postMultipart(`/evidence/${encodeURIComponent(evidenceId)}/file`, body, doFetch);
}

/**
 * POST /evidence (multipart: `input`, the AddEvidenceInput as JSON, and `file`): records the evidence and its file
 * in one step, so that a refused file leaves no evidence behind and trying again makes no duplicate.
 */
export async function addEvidenceWithFile(
  input: AddEvidenceInput,
  file: File,
  doFetch: typeof fetch = fetch,
): Promise<{ id: string }> {
  const answer = (await postInputWithFile('/evidence', input, file, doFetch)) as { id: string };
  return { id: answer.id };
}
