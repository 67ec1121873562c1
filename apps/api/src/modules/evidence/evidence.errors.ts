import { DomainError } from '../../common/errors/domain-error';

export class EvidenceCommitmentMismatchError extends DomainError {
  constructor() {
    super(
      'EVIDENCE_COMMITMENT_MISMATCH',
      'Evidence can only support actions of the commitment it belongs to',
      'BAD_USER_INPUT',
    );
  }
}

export class EvidenceUrlRequiredError extends DomainError {
  constructor(kind: string) {
    super('EVIDENCE_URL_REQUIRED', `Evidence of kind ${kind} needs a url`, 'BAD_USER_INPUT', { kind });
  }
}
