import { NetworkError } from '../../../lib/graphql';
import { GraphQLRequestError } from '../../../lib/graphql/client';

/** POST /evidence/{id}/file (multipart, field `file`), with the session cookie. Errors carry the API's code. */
export async function uploadEvidenceFile(evidenceId: string, file: File, doFetch: typeof fetch = fetch): Promise<void> {
  const body = new FormData();
  body.append('file', file);
  let response: Response;
  try {
    response = await doFetch(`/evidence/${encodeURIComponent(evidenceId)}/file`, {
      method: 'POST',
      body,
      credentials: 'same-origin',
    });
  } catch (error) {
    throw new NetworkError(error instanceof Error ? error.message : String(error));
  }
  if (response.ok) return;
  let code: string | undefined;
  let message = `HTTP ${response.status}`;
  try {
    const json = (await response.json()) as { code?: string; message?: string };
    code = json.code;
    message = json.message ?? message;
  } catch {
    // not JSON: keep the status
  }
  if (!code) throw new NetworkError(message, response.status);
  throw new GraphQLRequestError([{ message, extensions: { code } }]);
}
