import { DomainError } from '../../common/errors/domain-error';

export class UnknownActionError extends DomainError {
  constructor(actionCode: string, edition: string) {
    super('UNKNOWN_ACTION', `Action ${actionCode} does not exist in the ${edition} pact`, 'BAD_USER_INPUT', {
      actionCode,
      edition,
    });
  }
}

export class JustificationRequiredError extends DomainError {
  constructor() {
    super('JUSTIFICATION_REQUIRED', 'NOT_APPLICABLE needs a justification');
  }
}

export class ProgressOutOfRangeError extends DomainError {
  constructor(progress: number) {
    super('PROGRESS_OUT_OF_RANGE', `Progress must be between 0 and 100, got ${progress}`, 'BAD_USER_INPUT', {
      progress,
    });
  }
}

export class ProgressNotAllowedError extends DomainError {
  constructor() {
    super('PROGRESS_NOT_ALLOWED', 'A NOT_APPLICABLE action is excluded from scores and takes no %');
  }
}
