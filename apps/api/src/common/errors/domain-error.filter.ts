import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { DomainError, ErrorCategory } from './domain-error';

/** The HTTP status of a domain error answered by a REST route. */
export const HTTP_STATUS: Record<ErrorCategory, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  UNAVAILABLE: 503,
};

/**
 * Domain errors are answers, not failures: hand them to GraphQL as they are (formatError maps their code) instead
 * of letting Nest log them as unexpected exceptions. REST routes (HTTP controllers) answer them as JSON
 * `{ statusCode, code, message, ...details }` with the status of their category.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(exception: DomainError, host: ArgumentsHost): DomainError | void {
    if (host.getType() !== 'http') return exception;
    const statusCode = HTTP_STATUS[exception.category] ?? 400;
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(statusCode)
      .json({ ...exception.details, statusCode, code: exception.code, message: exception.message });
  }
}
