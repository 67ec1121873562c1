import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { GraphQLError } from 'graphql';
import { DomainError } from '../errors/domain-error';

export const DATABASE_UNAVAILABLE_MESSAGE =
  'The database cannot be reached at the moment: nothing was changed, try again shortly';

/** Answered with HTTP 503 while PostgreSQL is unreachable; nothing was written. */
export class DatabaseUnavailableError extends DomainError {
  constructor() {
    super('DATABASE_UNAVAILABLE', DATABASE_UNAVAILABLE_MESSAGE, 'UNAVAILABLE');
  }
}

/** Socket errors of a connection that cannot be made or was cut. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);
/** PostgreSQL's own: connection exceptions (08…), shutting down or starting (57P01–57P03), too many connections. */
const SQLSTATE = /^(08\d{3}|57P0[123]|53300)$/;
/** What node-postgres says when a connection is cut or cannot be made in time. */
const PG_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Connection ended unexpectedly',
];

/** Is this error PostgreSQL being out of reach (rather than a query it refused)? */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  if (error instanceof DatabaseUnavailableError) return true;
  const { code, message, driverError, cause, originalError } = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    originalError?: unknown;
  };
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATE.test(code))) return true;
  if (typeof message === 'string' && PG_MESSAGES.some((m) => message.includes(m))) return true;
  return [driverError, cause, originalError].some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

/** For the GraphQL context: an outage while finding who calls becomes a 503 rather than a failed context (500). */
export function unavailableAsGraphQLError(error: unknown): never {
  if (isDatabaseUnavailable(error)) {
    throw new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, {
      extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503, headers: new Map([['retry-after', '5']]) } },
    });
  }
  throw error;
}

/**
 * A GraphQL response whose errors include an unreachable database answers HTTP 503 (with Retry-After), the same
 * as /health, so that load balancers and clients see an outage, not a 200 carrying an error. `formatError` gives
 * such errors the code DATABASE_UNAVAILABLE and a clear message.
 */
@Plugin()
export class DatabaseOutagePlugin implements ApolloServerPlugin {
  requestDidStart(): Promise<GraphQLRequestListener<object>> {
    return Promise.resolve({
      didEncounterErrors: ({ errors, response }) => {
        if (errors.some((e) => isDatabaseUnavailable(e.originalError ?? e))) {
          response.http.status = 503;
          response.http.headers.set('retry-after', '5');
        }
        return Promise.resolve();
      },
    });
  }
}
