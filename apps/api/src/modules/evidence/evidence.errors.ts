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

/** A file where only a PDF is accepted (a signed form) that is not one: the refusal names PDF only. */
export class PdfRequiredError extends DomainError {
  constructor() {
    super('PDF_REQUIRED', 'The file is not a PDF (its content was read, not its name)', 'BAD_USER_INPUT', {
      accepted: ['application/pdf'],
    });
  }
}

export class EvidenceFileTypeError extends DomainError {
  constructor(accepted: string[]) {
    super(
      'EVIDENCE_FILE_TYPE',
      accepted.length === 1 && accepted[0] === 'application/pdf'
        ? 'The file is not a PDF (its content was read, not its name)'
        : 'The file is not a PDF, an OpenDocument text, spreadsheet or presentation, a PNG or a JPEG (its content was read, not its name)',
      'BAD_USER_INPUT',
      { accepted },
    );
  }
}

export class EvidenceFileMissingError extends DomainError {
  constructor() {
    super('EVIDENCE_FILE_MISSING', 'Send one non-empty file in the multipart field "file"', 'BAD_USER_INPUT');
  }
}

/** Answered with HTTP 413 by the upload route. */
export class EvidenceFileTooLargeError extends DomainError {
  constructor(maxBytes: number) {
    super('EVIDENCE_FILE_TOO_LARGE', `The file is larger than ${maxBytes} bytes`, 'BAD_USER_INPUT', { maxBytes });
  }
}

export class UnknownTnlCriterionError extends DomainError {
  constructor(criterionId: string) {
    super(
      'UNKNOWN_TNL_CRITERION',
      `${criterionId} is not a Territoire Numérique Libre criterion (see TNL_CRITERIA in libs/pact)`,
      'BAD_USER_INPUT',
      { criterionId },
    );
  }
}

/** A file of an accepted type that is also something else, or an archive that would expand beyond reason. */
export class EvidenceFileUnsafeError extends DomainError {
  constructor(reason: string) {
    super('EVIDENCE_FILE_UNSAFE', `The file is refused: ${reason}`, 'BAD_USER_INPUT', { reason });
  }
}

/** unlinkEvidence named an action the evidence does not support. */
export class EvidenceNotLinkedError extends DomainError {
  constructor(actionCode: string) {
    super('EVIDENCE_NOT_LINKED', `The evidence does not support action ${actionCode}`, 'BAD_USER_INPUT', {
      actionCode,
    });
  }
}
