import { DomainError } from '../../common/errors/domain-error';

export class MajorityTakenError extends DomainError {
  constructor(listName: string) {
    super('MAJORITY_TAKEN', `The list "${listName}" already holds the majority here`, 'CONFLICT', { listName });
  }
}

/** A candidate list stands only in a commune (an EPCI's councillors come from its communes' lists). */
export class ListOnlyInCommuneError extends DomainError {
  constructor(kind: string) {
    super(
      'LIST_ONLY_IN_COMMUNE',
      `A candidate list can only stand in a commune, not in a collectivity of kind ${kind}: an EPCI commits by its council’s deliberation`,
      'BAD_USER_INPUT',
      { kind },
    );
  }
}

/** A moderator chose, for a Ministry list, a list already matched to another panel number of its commune. */
export class ListAlreadyMatchedError extends DomainError {
  constructor(listName: string, panel: number) {
    super(
      'LIST_ALREADY_MATCHED',
      `The list "${listName}" is already the Ministry's list with panel number ${panel}`,
      'CONFLICT',
      { listName, panel },
    );
  }
}
