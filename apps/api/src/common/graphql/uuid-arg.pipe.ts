import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { ValidationFailedError } from '../errors/domain-error';

/**
 * For an `ID` argument declared on its own (`@Args('grantId', { type: () => ID }, UuidArgPipe)`): anything but a UUID
 * is VALIDATION_FAILED, instead of reaching PostgreSQL's uuid parser and coming back as an internal error.
 */
@Injectable()
export class UuidArgPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value !== 'string' || !isUUID(value)) {
      throw new ValidationFailedError([`${metadata.data ?? 'id'} must be a UUID`]);
    }
    return value;
  }
}
