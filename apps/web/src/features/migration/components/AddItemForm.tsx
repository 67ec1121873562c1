import { MIGRATION_STAGES, MIGRATION_STAGE_LABELS, type MigrationStage } from '@pacte/pact';
import { useState, type FormEvent } from 'react';
import { AddInventoryItemDocument } from '../../../generated/graphql';
import { Field, FormActions, useSubmit } from '../../../components/ui';
import { useMutation } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { useFormState } from '../hooks/useFormState';
import { useInventoryEditing } from '../hooks/useInventoryEditing';
import { today } from '../../../lib/rules';
import { addItemInput, checkNewItemForm, type NewItemForm } from '../utils/validation';
import { ItemFields, MembersFields, PlannedStagesFields } from './ItemFields';

const empty = (): NewItemForm => ({
  category: '',
  productName: '',
  productIsFree: false,
  entry: null,
  seats: '',
  audience: 'STAFF',
  contractEndsOn: '',
  renewalOn: '',
  yearlyCost: '',
  notes: '',
  plannedOn: {},
  appliesToSome: false,
  memberIds: [],
  stage: 'INVENTORY',
  stageReachedOn: today(),
});

/** Adds a software in use to the inventory (addInventoryItem), with the free alternative it targets. */
export function AddItemForm() {
  const { t, locale } = useI18n();
  const { collectivityId, members } = useInventoryEditing();
  const pooled = members.length > 0;
  const { form, set, problem, valid, reset } = useFormState(empty, (f) => checkNewItemForm(f, today(), pooled));
  const { pending, error, done, submit } = useSubmit();
  const runAddInventoryItem = useMutation(AddInventoryItemDocument);
  // Each added item starts a new round: the fields (and the catalogue search, with its results) start afresh.
  const [round, setRound] = useState(0);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (pending || !valid()) return;
    const ok = await submit(async () => {
      await runAddInventoryItem({ input: addItemInput(collectivityId, form, pooled) });
    });
    if (ok) {
      reset();
      setRound((r) => r + 1);
    }
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-label={t('migration.add.title')}>
      <ItemFields key={round} form={form} set={set} problem={problem} />
      {pooled && <MembersFields form={form} set={set} problem={problem} members={members} />}
      <Field label={t('migration.field.stage')}>
        <select value={form.stage} onChange={(e) => set('stage', e.target.value as MigrationStage)}>
          {MIGRATION_STAGES.map((s) => (
            <option key={s} value={s}>
              {MIGRATION_STAGE_LABELS[s][locale]}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('migration.field.stageReachedOn')} error={problem('stageReachedOn')}>
        <input
          type="date"
          value={form.stageReachedOn}
          max={today()}
          required
          onChange={(e) => set('stageReachedOn', e.target.value)}
        />
      </Field>
      <PlannedStagesFields form={form} set={set} problem={problem} stage={form.stage} />
      <FormActions
        submitLabel={t('migration.add.submit')}
        pending={pending}
        error={error}
        done={done}
        doneLabel={t('migration.add.done')}
      />
    </form>
  );
}
