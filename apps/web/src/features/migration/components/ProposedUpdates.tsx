import { MIGRATION_STAGE_LABELS, PROGRESS_STATUS_LABELS, findAction, type MigrationStage } from '@pacte/pact';
import { useEffect, useRef, useState } from 'react';
import { UpdateActionProgressDocument } from '../../../generated/graphql';
import { FormError } from '../../../components/ui';
import { useMutation } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { useSubmit } from '../../../components/ui/useSubmit';
import { confirmInput, type ProposalRow } from '../utils/proposals';

export interface StageChange {
  /** Tells one advance from the next, so that the panel starts afresh. */
  id: number;
  itemName: string;
  stage: MigrationStage;
  rows: ProposalRow[];
}

/**
 * What a new migration stage proposes for the pact actions. Nothing has changed yet: each proposal is confirmed
 * (updateActionProgress, then the page reloads its progress) or dismissed.
 */
export function ProposedUpdates({ change, onClose }: { change: StageChange; onClose(): void }) {
  const { t, locale } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  // A new change mounts a new ProposedUpdates (keyed by its id), so nothing dismissed carries over.
  useEffect(() => {
    heading.current?.focus();
  }, [change.id]);
  const rows = change.rows.filter((r) => !dismissed.has(r.actionCode));
  const stageLabel = MIGRATION_STAGE_LABELS[change.stage][locale];
  return (
    <section className="proposals" aria-labelledby="proposals-heading" data-testid="proposed-updates">
      <h3 id="proposals-heading" ref={heading} tabIndex={-1}>
        {t('migration.proposals.title')}
      </h3>
      {change.rows.length === 0 ? (
        // One sentence: a stage that proposes nothing does not also announce updates below.
        <p>{t('migration.proposals.none', { product: change.itemName, stage: stageLabel })}</p>
      ) : (
        <p>{t('migration.proposals.intro', { product: change.itemName, stage: stageLabel })}</p>
      )}
      {change.rows.length === 0 ? null : rows.length === 0 ? (
        <p>{t('migration.proposals.allDismissed')}</p>
      ) : (
        <ul className="proposal-list">
          {rows.map((row) => (
            <ProposalItem
              key={`${change.id}-${row.actionCode}`}
              row={row}
              title={findAction(row.actionCode)?.title[locale] ?? ''}
              onDismiss={() => {
                setDismissed((d) => new Set(d).add(row.actionCode));
                heading.current?.focus();
              }}
            />
          ))}
        </ul>
      )}
      <button type="button" className="button button-secondary" onClick={onClose}>
        {t('migration.proposals.close')}
      </button>
    </section>
  );
}

function ProposalItem({ row, title, onDismiss }: { row: ProposalRow; title: string; onDismiss(): void }) {
  const { t, locale, formatPercent } = useI18n();
  const { pending, error, done, submit } = useSubmit();
  const runUpdateActionProgress = useMutation(UpdateActionProgressDocument);
  const status = useRef<HTMLParagraphElement>(null);
  const state = (s: ProposalRow['from'], percent: number | null) =>
    `${PROGRESS_STATUS_LABELS[s][locale]} (${formatPercent(percent)})`;

  async function confirm() {
    if (pending) return;
    await submit(async () => {
      await runUpdateActionProgress({ input: confirmInput(row) });
    });
  }
  // The buttons give way to the confirmation: focus goes to it rather than back to the top of the page.
  useEffect(() => {
    if (done) status.current?.focus();
  }, [done]);

  return (
    <li className="proposal" data-testid={`proposal-${row.actionCode}`}>
      <p>
        <strong>{t('migration.proposals.action', { code: row.actionCode, title })}</strong>
        <br />
        {t('migration.proposals.change', {
          from: state(row.from, row.currentPercent),
          to: state(row.to, row.proposedPercent),
        })}
      </p>
      <FormError error={error} />
      {done ? (
        <p ref={status} tabIndex={-1} role="status" className="proposal-done">
          {t('migration.proposals.confirmed', { code: row.actionCode, status: PROGRESS_STATUS_LABELS[row.to][locale] })}
        </p>
      ) : (
        <div className="form-actions">
          <button type="button" className="button" aria-disabled={pending} onClick={confirm}>
            {t('migration.proposals.confirm', { code: row.actionCode })}
          </button>
          <button type="button" className="button button-secondary" onClick={onDismiss}>
            {t('migration.proposals.dismiss', { code: row.actionCode })}
          </button>
        </div>
      )}
    </li>
  );
}
