import { ValidationError, ValidationPipe } from '@nestjs/common';
import { RulebookValidationPipe } from '../validation/rulebook';
import { ValidationFailedError } from './domain-error';

function flatten(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((e) => {
    const here = Object.values(e.constraints ?? {}).map((m) => (prefix ? `${prefix}.${m}` : m));
    return here.concat(flatten(e.children ?? [], prefix ? `${prefix}.${e.property}` : e.property));
  });
}

/**
 * Validation at the edge: inputs of the rulebook are checked by its schemas (`@ValidatedBy`), the others (query
 * arguments) by class-validator; unknown properties are refused, every problem is listed in one VALIDATION_FAILED
 * error, except a broken rule of its own (JUSTIFICATION_REQUIRED…), answered with its code.
 */
export function createValidationPipe(): RulebookValidationPipe {
  return new RulebookValidationPipe(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => new ValidationFailedError(flatten(errors)),
    }),
  );
}
