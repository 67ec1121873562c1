import { DomainError } from '../../common/errors/domain-error';

export class ReviewItemNotPendingError extends DomainError {
  constructor(status: string) {
    super('REVIEW_ITEM_NOT_PENDING', `This item is already decided (${status.toLowerCase()})`, 'CONFLICT', { status });
  }
}

/** Accepting an item that offers options (e.g. the matching list) without naming one of them. */
export class ReviewChoiceRequiredError extends DomainError {
  constructor(options: string[]) {
    super('REVIEW_CHOICE_REQUIRED', 'Accepting this item needs one of its options', 'BAD_USER_INPUT', { options });
  }
}

/** A payload that does not fit its kind's schema (a bug of the writer: the item is not queued). */
export class InvalidReviewPayloadError extends DomainError {
  constructor(kind: string, problems: string[]) {
    super('INVALID_REVIEW_PAYLOAD', `The ${kind} payload does not fit its schema`, 'BAD_USER_INPUT', { problems });
  }
}

/** No module decides this kind yet: accepting it would change nothing, so it is refused. */
export class ReviewKindUnhandledError extends DomainError {
  constructor(kind: string) {
    super('REVIEW_KIND_UNHANDLED', `No handler accepts ${kind} items`, 'BAD_USER_INPUT', { kind });
  }
}
