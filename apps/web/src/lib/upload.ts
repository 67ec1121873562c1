import { NetworkError } from './graphql';
import { GraphQLRequestError } from './graphql/client';

/** POSTs a multipart body with the session cookie; errors carry the API's code. Returns the JSON answered. */
export async function postMultipart(url: string, body: FormData, doFetch: typeof fetch): Promise<unknown> {
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

/** POSTs a record's input (the part `input`, as JSON) with its file (the part `file`), as the API's upload routes take. */
export function postInputWithFile(url: string, input: unknown, file: File, doFetch: typeof fetch): Promise<unknown> {
  const body = new FormData();
  body.append('input', JSON.stringify(input));
  body.append('file', file);
  return postMultipart(url, body, doFetch);
}
