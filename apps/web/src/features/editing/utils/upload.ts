import { NetworkError } from '../../../lib/graphql';
import { GraphQLRequestError } from '../../../lib/graphql/client';
import type { AddEvidenceInput } from '../../../generated/graphql';

/** POSTs a multipart body with the session cookie; errors carry the API's code. Returns the JSON answered. */
async function postMultipart(url: string, body: FormData, doFetch: typeof fetch): Promise<unknown> {
  let response: Response;
  try {
    response = await doFetch(url, { method: 'POST', body, credentials: 'same-origin' });
  } catch (error) {
    throw new NetworkError(error instanceof Error ? error.message : String(error));
  }
  let json: { code?: string; message?: string } | undefined;
  try {
    json = (await response.json()) as { code?: string; message?: string };
  } catch {
    // not JSON: keep the status
  }
  if (response.ok) return json;
  const code = json?.code;
  const message = json?.message ?? `HTTP ${response.status}`;
  if (!code) throw new NetworkError(message, response.status);
  throw new GraphQLRequestError([{ message, extensions: { code } }]);
}

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
  const body = new FormData();
  body.append('input', JSON.stringify(input));
  body.append('file', file);
  const answer = (await postMultipart('/evidence', body, doFetch)) as { id: string };
  return { id: answer.id };
}
