import { PROGRESS_STATUS_LABELS, findAction, sourceTextSegments } from '@pacte/pact';
import { ProgressBar } from '../../../components/ui';
import { useI18n } from '../../../lib/i18n';
import { AssessmentEditor, AssessmentList } from '../../audit';
import { ActionEditor, MilestoneItemActions, MilestoneReachedButton } from '../../editing';
import { ActionEvidence } from './ActionEvidence';
import { actionAnchor, sortMilestones, type ActionEntry } from '../utils/checklist';

/**
 * The pact's own words for the action: its bullet, with the pact's inclusive wording and its links (to the
 * footnotes' addresses), in French, the language of the pact.
 */
function PactWords({ actionCode }: { actionCode: string }) {
  const { t } = useI18n();
  const action = findAction(actionCode);
  if (!action) return null;
  return (
    <figure className="action-source" data-testid={`source-${actionCode}`}>
      <figcaption className="muted small">{t('collectivity.action.pactWords')}</figcaption>
      <blockquote lang="fr">
        <p>
          {sourceTextSegments(action.sourceText).map((s, i) =>
            s.url ? (
              <a key={i} href={s.url}>
                {s.text}
              </a>
            ) : (
              <span key={i}>{s.text}</span>
            ),
          )}
        </p>
      </blockquote>
    </figure>
  );
}

/** One action: status, %, target date, owner, milestones and evidence (a page at a time). */
export function ActionItem({ entry: a, collectivityId }: { entry: ActionEntry; collectivityId: string }) {
  const { t, locale, formatPercent, formatDate } = useI18n();
  const action = findAction(a.actionCode);
  const title = action?.title[locale] ?? '';
  const description = action?.description[locale];
  const milestones = sortMilestones(a.milestones);
  return (
    <li className="action" id={actionAnchor(a.actionCode)} tabIndex={-1} data-testid={`action-${a.actionCode}`}>
      <div className="action-head">
        <h4 className="action-title">
          <span className="action-code">{a.actionCode}</span> {title}
        </h4>
        <a
          className="action-anchor"
          href={`#${actionAnchor(a.actionCode)}`}
          aria-label={t('collectivity.action.anchor', { code: a.actionCode })}
        >
          {t('collectivity.action.anchorText')}
        </a>
        <span className={`status status-${a.status}`}>{PROGRESS_STATUS_LABELS[a.status][locale]}</span>
      </div>
      {locale === 'en' && <p className="action-description">{description}</p>}
      <PactWords actionCode={a.actionCode} />
      <dl className="facts facts-inline">
        <div>
          <dt>{t('collectivity.action.progress')}</dt>
          <dd>
            {a.progress === null ? t('collectivity.action.excluded') : formatPercent(a.progress)}
            {a.progressOverridden && ` (${t('collectivity.action.overridden')})`}
            <ProgressBar value={a.progress} />
          </dd>
        </div>
        {a.targetDate && (
          <div>
            <dt>{t('collectivity.action.targetDate')}</dt>
            <dd>{formatDate(a.targetDate)}</dd>
          </div>
        )}
        {a.owner && (
          <div>
            <dt>{t('collectivity.action.owner')}</dt>
            <dd>{a.owner}</dd>
          </div>
        )}
        {a.updatedAt && (
          <div>
            <dt>{t('collectivity.action.updatedAt')}</dt>
            <dd>{formatDate(a.updatedAt)}</dd>
          </div>
        )}
      </dl>
      {a.justification && (
        <p>
          <strong>{t('collectivity.action.justification')}</strong> {a.justification}
        </p>
      )}
      {milestones.length > 0 && (
        <div className="action-block">
          <h5>{t('collectivity.action.milestones')}</h5>
          <ul className="milestones">
            {milestones.map((m) => (
              <li key={m.id} className={m.reached ? 'milestone-reached' : 'milestone-planned'}>
                <span className="milestone-state">
                  {m.reached ? t('collectivity.action.reached') : t('collectivity.action.planned')}
                </span>{' '}
                <time dateTime={m.date}>{formatDate(m.date)}</time> — {m.title}
                {m.description && <span className="muted"> · {m.description}</span>}
                <MilestoneReachedButton milestone={m} />
                <MilestoneItemActions milestone={m} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <ActionEvidence collectivityId={collectivityId} actionCode={a.actionCode} firstPage={a.evidencePage} />
      <AssessmentList actionCode={a.actionCode} />
      <ActionEditor action={a} title={title} auditForm={<AssessmentEditor actionCode={a.actionCode} />} />
    </li>
  );
}
