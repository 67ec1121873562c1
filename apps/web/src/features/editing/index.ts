/**
 * What other features may use of the editing feature: the editing context of a commitment's page, the forms of one
 * action, the evidence filed under a label criterion, the evidence upload (new evidence with its file, or a file for evidence already recorded). Anything else in
 * this folder is its own (the rules are the rulebook's, lib/rules.ts).
 */
export { ActionEditor } from './components/ActionEditor';
export { CriterionEvidenceForm } from './components/CriterionEvidenceForm';
export { EvidenceItemActions } from './components/EvidenceItemActions';
export { EvidenceLinker } from './components/EvidenceLinker';
export { MilestoneItemActions } from './components/MilestoneItemActions';
export { MilestoneReachedButton } from './components/MilestoneReachedButton';
export { SectionSelfEditor } from './components/SectionSelfEditor';
export { EditingContext, useEditing, type Editing } from './hooks/useEditing';
export { addEvidenceWithFile, uploadEvidenceFile } from './utils/upload';
