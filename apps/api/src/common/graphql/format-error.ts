import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainError } from '../errors/domain-error';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../web/database-outage';
import { LIMIT_CODES } from './armor';

/**
 * "Did you mean …?" in GraphQL's messages (field, argument, type, input field and enum value suggestions), and the
 * " ?" GraphQL Armor's mask leaves behind.
 */
const SUGGESTION = /\s*Did you mean [^?]*\?|\s+\?$/g;

/**
 * The formatter of the app: {@link formatError}, and with `suggestions: false` (introspection off) no message names a
 * field, type or value the caller did not write. GraphQL Armor masks "Did you mean \"…\"" but not graphql-js's
 * "Did you mean the enum value …?", hence this second pass.
 */
export function errorFormatter({ suggestions }: { suggestions: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = formatError(formatted, error);
    return suggestions ? result : { ...result, message: result.message.replace(SUGGESTION, '') };
  };
}

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
  // A validation rule's own code (QUERY_TOO_DEEP, BAD_USER_INPUT…): Apollo reports every validation error as
  // GRAPHQL_VALIDATION_FAILED and keeps the rule's error as the original.
  const own = original instanceof GraphQLError ? original.extensions?.code : undefined;
  let code = typeof own === 'string' ? own : formatted.extensions?.code;
  if (code === 'GRAPHQL_PARSE_FAILED' && /contains more th\w+ \d+ tokens/.test(formatted.message))
    code = LIMIT_CODES.tokens;
  // GraphQL's own validation and parsing errors (unknown field, wrong enum value…) are the caller's to read.
  if (code && code !== 'INTERNAL_SERVER_ERROR') {
    // Keep what the error says about itself (complexity, limit…), never a stack trace.
    const { stacktrace, ...rest } = formatted.extensions ?? {};
    void stacktrace;
    const extensions = { ...rest, code };
    return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions };
  }
  // A unique index refused a concurrent duplicate that the service's own check could not see yet.
  if ((original as { code?: string })?.code === '23505') {
    return { message: 'This record already exists', path: formatted.path, extensions: { code: 'ALREADY_EXISTS' } };
  }
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
