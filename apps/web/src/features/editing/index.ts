/**
 * What other features may use of the editing feature: the editing context of a commitment's page, the forms of one
 * action, the evidence upload (new evidence with its file, or a file for evidence already recorded), and the date checks the audit's form shares. Anything else in this folder is its own.
 */
export { ActionEditor } from './components/ActionEditor';
export { EvidenceLinker } from './components/EvidenceLinker';
export { MilestoneReachedButton } from './components/MilestoneReachedButton';
export { EditingContext, useEditing, type Editing } from './hooks/useEditing';
export { addEvidenceWithFile, uploadEvidenceFile } from './utils/upload';
export { checkDate, today, type EditProblem } from './utils/validation';
