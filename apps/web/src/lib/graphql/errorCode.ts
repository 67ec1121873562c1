import { GraphQLRequestError, NetworkError } from './client';

/** The API's error code of a failed request (`extensions.code`), NETWORK when it could not be reached. */
export function errorCode(error: unknown): string {
  if (error instanceof NetworkError) return 'NETWORK';
  if (error instanceof GraphQLRequestError) return error.code ?? 'UNKNOWN';
  return 'UNKNOWN';
}
