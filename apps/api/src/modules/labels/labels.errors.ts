import { DomainError } from '../../common/errors/domain-error';

export class TnlLabelAlreadyRecordedError extends DomainError {
  constructor(collectivityId: string, year: number) {
    super('TNL_LABEL_ALREADY_RECORDED', `A label of ${year} is already recorded for this collectivity`, 'CONFLICT', {
      collectivityId,
      year,
    });
  }
}
