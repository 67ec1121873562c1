import { PROGRESS_STATUSES, PROGRESS_STATUS_LABELS } from '@pacte/pact';
import { useEffect, useId, useState } from 'react';
import { useLocation } from 'react-router';
import { useI18n } from '../../../lib/i18n';
import { filterByStatus, groupActionsBySection, type ActionEntry, type StatusFilter } from '../utils/checklist';
import { ActionItem } from './ActionItem';

/** Every action of the pact, by section, with where this collectivity stands on it. */
export function ActionChecklist({ actions, collectivityId }: { actions: ActionEntry[]; collectivityId: string }) {
  const { t, locale, plural } = useI18n();
  const filterId = useId();
  const [filter, setFilter] = useState<StatusFilter>('ALL');
  const sections = groupActionsBySection(filterByStatus(actions, filter), locale);
  const shown = sections.reduce((n, s) => n + s.actions.length, 0);
  // A link to one action (`#action-1.3`) is opened before the checklist exists: once it is drawn, go to the action.
  const { hash } = useLocation();
  useEffect(() => {
    const id = decodeURIComponent(hash.slice(1));
    if (!id.startsWith('action-')) return;
    const target = document.getElementById(id);
    if (!target) return;
    // Its section may have been folded away: unfold it first.
    const section = target.closest('details');
    if (section) section.open = true;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [hash]);
  return (
    <section className="section" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">{t('collectivity.checklist.title', { count: actions.length })}</h2>
      <div className="filter">
        <label htmlFor={filterId}>{t('collectivity.checklist.filter')}</label>
        <select id={filterId} value={filter} onChange={(e) => setFilter(e.target.value as StatusFilter)}>
          <option value="ALL">{t('collectivity.checklist.all')}</option>
          {PROGRESS_STATUSES.map((s) => (
            <option key={s} value={s}>
              {PROGRESS_STATUS_LABELS[s][locale]}
            </option>
          ))}
        </select>
        <span role="status" aria-live="polite" className="muted">
          {plural('collectivity.checklist.shown', shown)}
        </span>
      </div>
      {sections
        .filter((s) => s.actions.length > 0)
        .map((s) => (
          <section key={s.section} className="checklist-section" aria-labelledby={`checklist-section-${s.section}`}>
            {/* Each section folds away (open at first): a phone reader skips to the next one. */}
            <details open>
              <summary>
                <h3 id={`checklist-section-${s.section}`}>
                  {t('pact.sectionShort', { number: s.section })} — {s.title}
                </h3>
              </summary>
              <ol className="checklist">
                {s.actions.map((a) => (
                  <ActionItem key={a.actionCode} entry={a} collectivityId={collectivityId} />
                ))}
              </ol>
            </details>
          </section>
        ))}
    </section>
  );
}
