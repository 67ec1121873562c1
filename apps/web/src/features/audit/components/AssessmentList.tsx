import { ASSESSMENT_VERDICT_LABELS } from '@pacte/pact';
import { ROLE_LABELS } from '../../account';
import { useI18n } from '../../../lib/i18n';
import { useEditing } from '../../editing';
import { useAuditContext } from '../hooks/useAudit';
import { ReplyForm } from './ReplyForm';

/** The auditors' current verdicts on one action, shown beside (never merged into) the self-declared status. */
export function AssessmentList({ actionCode }: { actionCode: string }) {
  const { t, locale, formatDate } = useI18n();
  const assessments = useAuditContext().byAction.get(actionCode) ?? [];
  // Elected officials and IT managers of the collectivity may answer (assessment.reply).
  const canReply = useEditing().abilities.updateProgress;
  if (assessments.length === 0) return null;
  return (
    <div className="action-block assessments" data-testid={`assessments-${actionCode}`}>
      <h5>{t('audit.assessments')}</h5>
      <ul>
        {assessments.map((a) => (
          <li key={a.id}>
            <span className={`badge verdict verdict-${a.verdict}`}>{ASSESSMENT_VERDICT_LABELS[a.verdict][locale]}</span>{' '}
            {t('audit.by', { who: a.association ?? a.assessedBy ?? t('audit.erased') })},{' '}
            <time dateTime={a.date}>{formatDate(a.date)}</time> — {a.justification}
            {a.replies.length > 0 && (
              <ul className="replies">
                {a.replies.map((r) => (
                  <li key={r.id}>
                    {t('audit.reply', { role: ROLE_LABELS[r.authorRole]?.[locale] ?? r.authorRole })} {r.text}
                  </li>
                ))}
              </ul>
            )}
            {canReply && <ReplyForm assessmentId={a.id} />}
          </li>
        ))}
      </ul>
    </div>
  );
}
