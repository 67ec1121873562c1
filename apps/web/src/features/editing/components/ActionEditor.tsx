import { useState, type ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n';
import { useEditing } from '../hooks/useEditing';
import { EvidenceEditor } from './EvidenceEditor';
import { MilestoneEditor } from './MilestoneEditor';
import { ProgressEditor, type EditedAction } from './ProgressEditor';

/**
 * The forms a member may use on one action, folded until opened (a native <details>, keyboard ready). `auditForm` is
 * the auditor's form, given by the page (it belongs to the audit feature), shown when the member may assess.
 */
export function ActionEditor({
  action,
  title,
  auditForm,
}: {
  action: EditedAction;
  title: string;
  auditForm?: ReactNode;
}) {
  const { t } = useI18n();
  const { abilities } = useEditing();
  // The forms are only mounted once opened: 31 actions × 3 forms would weigh on every render of the page.
  const [open, setOpen] = useState(false);
  if (!abilities.updateProgress && !abilities.manageMilestones && !abilities.manageEvidence && !abilities.assess)
    return null;
  return (
    <details
      className="action-editor"
      data-testid={`edit-${action.actionCode}`}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>
        {t(abilities.assess && !abilities.manageEvidence ? 'audit.open' : 'edit.open', {
          code: action.actionCode,
          title,
        })}
      </summary>
      {open && (
        <div className="action-editor-forms">
          {abilities.updateProgress && <ProgressEditor action={action} />}
          {abilities.manageEvidence && <EvidenceEditor actionCode={action.actionCode} />}
          {abilities.manageMilestones && <MilestoneEditor actionCode={action.actionCode} />}
          {abilities.assess && auditForm}
        </div>
      )}
    </details>
  );
}
