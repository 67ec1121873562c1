import { Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from './domain-error';

/**
 * Domain errors are answers, not failures: hand them to GraphQL as they are (formatError maps their code) instead
 * of letting Nest log them as unexpected exceptions.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(exception: DomainError): DomainError {
    return exception;
  }
}
