import { DomainError } from '../../common/errors/domain-error';

export class StageNotForwardError extends DomainError {
  constructor(current: string, requested: string) {
    super(
      'MIGRATION_STAGE_NOT_FORWARD',
      `The migration is at ${current}: the next stage recorded must come after it, not ${requested}`,
      'BAD_USER_INPUT',
      { current, requested },
    );
  }
}

export class StageDateBeforePreviousError extends DomainError {
  constructor(previous: string, requested: string) {
    super(
      'MIGRATION_STAGE_DATE_BEFORE_PREVIOUS',
      `A stage cannot be reached on ${requested}, before the current stage (reached on ${previous})`,
      'BAD_USER_INPUT',
      { previous, requested },
    );
  }
}

export class StageDateInFutureError extends DomainError {
  constructor(date: string) {
    super(
      'MIGRATION_STAGE_DATE_IN_FUTURE',
      `A stage is recorded once reached: ${date} is in the future`,
      'BAD_USER_INPUT',
      {
        date,
      },
    );
  }
}
