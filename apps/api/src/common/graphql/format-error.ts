import { GraphQLFormattedError } from 'graphql';
import { DomainError } from '../errors/domain-error';

/** The one place that turns errors into `extensions.code`. Unexpected errors keep their details out of responses. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { ...(original.details ?? {}), code: original.code, category: original.category },
    };
  }
  const code = formatted.extensions?.code;
  // GraphQL's own validation and parsing errors (unknown field, wrong enum value…) are the caller's to read.
  if (code && code !== 'INTERNAL_SERVER_ERROR') {
    return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: { code } };
  }
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
