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
  constructor(status: string) {
    super('JUSTIFICATION_REQUIRED', `${status} needs a justification`, 'BAD_USER_INPUT', { status });
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
  constructor(status: string) {
    super(
      'PROGRESS_NOT_ALLOWED',
      `A ${status} action takes no %: NOT_APPLICABLE is excluded from scores, ABANDONED counts 0`,
      'BAD_USER_INPUT',
      { status },
    );
  }
}
