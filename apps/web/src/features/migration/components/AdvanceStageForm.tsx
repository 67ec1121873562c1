import { MIGRATION_STAGES, MIGRATION_STAGE_LABELS, stageIndex, type MigrationStage } from '@pacte/pact';
import { useRef, useState, type FormEvent } from 'react';
import { AddEvidenceDocument, AdvanceMigrationStageDocument } from '../../../generated/graphql';
import { Field, FormActions, useSubmit, withoutConflict } from '../../../components/ui';
import { useMutation } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { addEvidenceWithFile, uploadEvidenceFile } from '../../editing';
import { useFormState } from '../hooks/useFormState';
import { useInventoryEditing } from '../hooks/useInventoryEditing';
import type { Proposal } from '../utils/proposals';
import { today } from '../../../lib/rules';
import { advanceInput, checkAdvanceForm, type AdvanceForm } from '../utils/validation';
import type { EditedItem } from './EditItemForm';
import { ItemConflictNotice } from './ItemConflictNotice';

interface AdvanceStageFormProps {
  item: EditedItem;
  /** Called with what the new stage proposes (possibly nothing), once it is recorded. */
  onAdvanced(change: { itemName: string; stage: MigrationStage; proposals: Proposal[] }): void;
}

/**
 * Records a later stage (advanceMigrationStage), dated, with a note and evidence: evidence already recorded, or a new
 * document (on the item's actions) with an optional file, recorded with it in one step.
 */
export function AdvanceStageForm({ item, onAdvanced }: AdvanceStageFormProps) {
  const { t, locale, formatDate } = useI18n();
  const { commitment, reload } = useInventoryEditing();
  const later = MIGRATION_STAGES.filter((s) => stageIndex(s) > stageIndex(item.stage));
  const fileInput = useRef<HTMLInputElement>(null);
  // Evidence recorded by an attempt whose stage was then refused: a retry reuses it rather than recording it twice.
  const recordedEvidence = useRef<{ title: string; id: string; uploaded: boolean } | null>(null);
  const initial = (): AdvanceForm => ({
    stage: later[0] ?? '',
    date: today(),
    notes: '',
    evidenceIds: [],
    evidenceTitle: '',
    hasFile: false,
  });
  const { form, set, touch, problem, valid, reset } = useFormState(initial, (f) => checkAdvanceForm(f, item, today()));
  const { pending, error, submit, dismissError } = useSubmit();
  const runAdvanceMigrationStage = useMutation(AdvanceMigrationStageDocument);
  const runAddEvidence = useMutation(AddEvidenceDocument);
  // "Keep the current version" after a CONFLICT: the form starts afresh from the item once the reload brings it.
  const [keptOver, setKeptOver] = useState<number | null>(null);
  if (keptOver !== null && item.version !== keptOver) {
    // Adjusting state to new props during render (react.dev/learn/you-might-not-need-an-effect): once, per reload.
    setKeptOver(null);
    reset();
  }
  if (later.length === 0) return <p className="muted">{t('migration.advance.last')}</p>;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (pending || !valid()) return;
    await send(item.version);
  }

  async function send(expectedVersion: number) {
    const file = fileInput.current?.files?.[0];
    const ok = await submit(async () => {
      const evidenceIds = [...form.evidenceIds];
      const title = form.evidenceTitle.trim();
      const earlier = recordedEvidence.current;
      if (earlier?.title === title) {
        if (file && !earlier.uploaded) {
          await uploadEvidenceFile(earlier.id, file);
          earlier.uploaded = true;
          reload();
        }
        evidenceIds.push(earlier.id);
      } else if (commitment && title !== '') {
        const input = {
          commitmentId: commitment.id,
          actionCodes: item.actionCodes,
          kind: 'DOCUMENT' as const,
          date: form.date,
          title,
        };
        // With a file, the evidence and its file are recorded together: a refused file records nothing.
        // Recorded by a plain POST with its file, the cache cannot see it: the section asks again for its data.
        const id = file
          ? (await addEvidenceWithFile(input, file)).id
          : (await runAddEvidence({ input })).addEvidence.id;
        if (file) reload();
        recordedEvidence.current = { title, id, uploaded: !!file };
        evidenceIds.push(id);
      }
      const { advanceMigrationStage } = await runAdvanceMigrationStage({
        input: { ...advanceInput(item.id, form, evidenceIds), expectedVersion },
      });
      onAdvanced({
        itemName: advanceMigrationStage.item.productName,
        stage: advanceMigrationStage.item.stage,
        proposals: advanceMigrationStage.proposedProgressUpdates,
      });
    });
    if (ok) {
      recordedEvidence.current = null;
      reset();
      if (fileInput.current) fileInput.current.value = '';
    }
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-label={t('migration.advance.title')}>
      <h4>{t('migration.advance.title')}</h4>
      <p className="muted">
        {t('migration.advance.current', {
          stage: MIGRATION_STAGE_LABELS[item.stage][locale],
          date: formatDate(item.stageReachedOn),
        })}
      </p>
      <Field label={t('migration.advance.stage')} error={problem('stage')}>
        <select value={form.stage} onChange={(e) => set('stage', e.target.value as MigrationStage)}>
          {later.map((s) => (
            <option key={s} value={s}>
              {MIGRATION_STAGE_LABELS[s][locale]}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('migration.advance.date')} error={problem('date')}>
        <input
          type="date"
          value={form.date}
          min={item.stageReachedOn}
          max={today()}
          required
          onChange={(e) => set('date', e.target.value)}
        />
      </Field>
      <Field label={t('migration.advance.notes')} error={problem('notes')}>
        <textarea rows={2} value={form.notes} onChange={(e) => set('notes', e.target.value)} />
      </Field>
      {commitment && commitment.evidence.length > 0 && (
        <Field label={t('migration.advance.evidence')} hint={t('migration.advance.evidenceHint')}>
          <select
            multiple
            size={Math.min(4, commitment.evidence.length)}
            value={form.evidenceIds}
            onChange={(e) =>
              set(
                'evidenceIds',
                Array.from(e.target.selectedOptions, (o) => o.value),
              )
            }
          >
            {commitment.evidence.map((ev) => (
              <option key={ev.id} value={ev.id}>
                {ev.title} ({formatDate(ev.date)})
              </option>
            ))}
          </select>
        </Field>
      )}
      {commitment && (
        <>
          <Field
            label={t('migration.advance.newEvidence')}
            hint={t('migration.advance.newEvidenceHint')}
            error={problem('evidenceTitle')}
          >
            <input type="text" value={form.evidenceTitle} onChange={(e) => set('evidenceTitle', e.target.value)} />
          </Field>
          <Field label={t('edit.evidence.file')} hint={t('edit.evidence.fileHint')}>
            <input
              type="file"
              ref={fileInput}
              accept=".pdf,.odt,.ods,.odp,.png,.jpg,.jpeg"
              onChange={(e) => {
                set('hasFile', (e.target.files?.length ?? 0) > 0);
                // A file needs a title: say so under the title now.
                touch('evidenceTitle');
              }}
            />
          </Field>
        </>
      )}
      <ItemConflictNotice
        error={error}
        pending={pending}
        onReapply={(version) => void send(version)}
        onKeep={() => (dismissError(), setKeptOver(item.version), reload())}
      />
      <FormActions submitLabel={t('migration.advance.submit')} pending={pending} error={withoutConflict(error)} />
    </form>
  );
}
