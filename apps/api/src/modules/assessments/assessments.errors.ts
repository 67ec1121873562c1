import { DomainError } from '../../common/errors/domain-error';

/** Only a signed-in user holding an AUDITOR role records assessments: not the platform operator, not a job. */
export class AuditorRequiredError extends DomainError {
  constructor() {
    super('AUDITOR_REQUIRED', 'Assessments are recorded by a signed-in auditor', 'FORBIDDEN');
  }
}

/** Only a signed-in elected official or IT manager of the collectivity replies for it. */
export class CollectivityMemberRequiredError extends DomainError {
  constructor() {
    super(
      'COLLECTIVITY_MEMBER_REQUIRED',
      'Replies are written by a signed-in elected official or IT manager of the collectivity',
      'FORBIDDEN',
    );
  }
}

export class AssessmentEvidenceMismatchError extends DomainError {
  constructor(evidenceIds: string[]) {
    super(
      'ASSESSMENT_EVIDENCE_MISMATCH',
      'An assessment can only rest on evidence of the commitment it assesses',
      'BAD_USER_INPUT',
      { evidenceIds },
    );
  }
}
