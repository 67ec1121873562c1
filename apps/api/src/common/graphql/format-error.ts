import { GraphQLFormattedError } from 'graphql';
import { DomainError } from '../errors/domain-error';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../web/database-outage';

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
  // PostgreSQL out of reach: a clear code and message, and HTTP 503 (DatabaseOutagePlugin).
  if (isDatabaseUnavailable(original)) {
    return {
      message: DATABASE_UNAVAILABLE_MESSAGE,
      path: formatted.path,
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    };
  }
  const code = formatted.extensions?.code;
  // GraphQL's own validation and parsing errors (unknown field, wrong enum value…) are the caller's to read.
  if (code && code !== 'INTERNAL_SERVER_ERROR') {
    // Keep what the error says about itself (complexity, limit…), never a stack trace.
    const { stacktrace, ...extensions } = formatted.extensions ?? {};
    void stacktrace;
    return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions };
  }
  // A unique index refused a concurrent duplicate that the service's own check could not see yet.
  if ((original as { code?: string })?.code === '23505') {
    return { message: 'This record already exists', path: formatted.path, extensions: { code: 'ALREADY_EXISTS' } };
  }
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
