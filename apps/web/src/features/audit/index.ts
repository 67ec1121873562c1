/**
 * What other features may use of the audit feature: the auditors' verdicts on a page (context and scores), the list
 * under an action, and the auditor's form. Anything else in this folder is the feature's own.
 */
export { AssessmentEditor } from './components/AssessmentEditor';
export { AssessmentList } from './components/AssessmentList';
export { AuditedScores } from './components/AuditedScores';
export { SectionAssessmentEditor } from './components/SectionAssessmentEditor';
export { AuditContext, useAudit } from './hooks/useAudit';
