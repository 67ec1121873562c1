import { DomainError } from '../../common/errors/domain-error';

export class MajorityTakenError extends DomainError {
  constructor(listName: string) {
    super('MAJORITY_TAKEN', `The list "${listName}" already holds the majority here`, 'CONFLICT', { listName });
  }
}
