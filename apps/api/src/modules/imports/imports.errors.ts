import { DomainError } from '../../common/errors/domain-error';

export class UnknownImportKindError extends DomainError {
  constructor(kind: string, known: readonly string[]) {
    super('UNKNOWN_IMPORT_KIND', `Unknown import kind "${kind}" (known: ${known.join(', ')})`, 'BAD_USER_INPUT', {
      kind,
      known,
    });
  }
}
