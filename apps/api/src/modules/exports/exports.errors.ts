import { DomainError } from '../../common/errors/domain-error';

/** A request for an export the catalogue (libs/pact open-data) does not describe: 400 with the code. */
export class ExportRequestError extends DomainError {
  constructor(
    code: 'EXPORT_UNKNOWN_DATASET' | 'EXPORT_UNKNOWN_FORMAT' | 'EXPORT_UNKNOWN_FILTER' | 'EXPORT_INVALID_FILTER',
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(code, message, 'BAD_USER_INPUT', details);
  }
}
