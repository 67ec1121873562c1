import {
  TNL_LEGACY_LEVEL_LABELS,
  TNL_SPECIAL_MENTIONS,
  TNL_SPECIAL_MENTION_LABELS,
  TNL_TIER_LABELS,
  type TnlLegacyLevel,
  type TnlSpecialMention,
  type TnlTier,
  tnlLevelsOf,
  tnlScaleOfYear,
} from '@pacte/pact';
import type { FormEvent } from 'react';
import { RecordTnlLabelDocument } from '../../../generated/graphql';
import { Field, FormActions, useSubmit } from '../../../components/ui';
import { useMutation } from '../../../lib/graphql';
import { useI18n, type Locale } from '../../../lib/i18n';
import { useFormState } from '../hooks/useFormState';
import { useInventoryEditing } from '../hooks/useInventoryEditing';
import { today } from '../../../lib/rules';
import { checkLabelForm, labelInput, type LabelForm as Form } from '../utils/validation';

/** A level of either scale in words: "Niveau 3" (2016–2024) or "Label Argent" (from 2025). */
export function levelLabel(level: string, locale: Locale): string {
  const legacy = TNL_LEGACY_LEVEL_LABELS[Number(level) as TnlLegacyLevel];
  return legacy ? legacy[locale] : (TNL_TIER_LABELS[level as TnlTier]?.[locale] ?? level);
}

/** Records a label the jury awarded (recordTnlLabel): the vintage decides the scale, and so the levels offered. */
export function LabelForm() {
  const { t, locale } = useI18n();
  const { collectivityId } = useInventoryEditing();
  const thisYear = Number(today().slice(0, 4));
  const { form, set, problem, valid, reset } = useFormState<Form>(
    () => ({ year: String(thisYear), level: '', mentions: [], url: '' }),
    (f) => checkLabelForm(f, today()),
  );
  const { pending, error, done, submit } = useSubmit();
  const runRecordTnlLabel = useMutation(RecordTnlLabelDocument);
  const year = Number(form.year);
  const scale = Number.isInteger(year) && year > 0 ? tnlScaleOfYear(year) : '2025';

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (pending || !valid()) return;
    const ok = await submit(async () => {
      await runRecordTnlLabel({ input: labelInput(collectivityId, form) });
    });
    if (ok) {
      reset();
    }
  }

  const toggle = (m: TnlSpecialMention, on: boolean) =>
    set('mentions', on ? [...form.mentions, m] : form.mentions.filter((x) => x !== m));

  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-label={t('migration.label.title')}>
      <Field label={t('migration.label.year')} hint={t('migration.label.yearHint')} error={problem('year')}>
        <input
          type="number"
          inputMode="numeric"
          min={2016}
          max={thisYear}
          value={form.year}
          required
          onChange={(e) => set('year', e.target.value)}
        />
      </Field>
      <Field label={t('migration.label.level')} error={problem('level')}>
        <select value={form.level} required onChange={(e) => set('level', e.target.value)}>
          <option value="">{t('migration.label.levelChoose')}</option>
          {tnlLevelsOf(scale).map((l) => (
            <option key={l} value={l}>
              {levelLabel(l, locale)}
            </option>
          ))}
        </select>
      </Field>
      {scale === '2025' && (
        <fieldset className="field">
          <legend>{t('migration.label.mentions')}</legend>
          {TNL_SPECIAL_MENTIONS.map((m) => (
            <div className="field-check" key={m}>
              <label>
                <input
                  type="checkbox"
                  checked={form.mentions.includes(m)}
                  onChange={(e) => toggle(m, e.target.checked)}
                />{' '}
                {TNL_SPECIAL_MENTION_LABELS[m][locale]}
              </label>
            </div>
          ))}
        </fieldset>
      )}
      <Field label={t('migration.label.url')} error={problem('url')}>
        <input type="url" inputMode="url" value={form.url} onChange={(e) => set('url', e.target.value)} />
      </Field>
      <FormActions submitLabel={t('migration.label.submit')} pending={pending} error={error} done={done} />
    </form>
  );
}
