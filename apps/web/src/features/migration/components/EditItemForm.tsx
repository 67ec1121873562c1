import { getCatalogue } from '@pacte/pact';
import { useState, type FormEvent } from 'react';
import { UpdateInventoryItemDocument, type CollectivityMigrationQuery } from '../../../generated/graphql';
import { Field, FormActions, useSubmit } from '../../../components/ui';
import { useMutation } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { useFormState } from '../hooks/useFormState';
import { today } from '../../../lib/rules';
import { checkItemForm, updateItemInput, type ItemForm } from '../utils/validation';
import { ItemFields } from './ItemFields';

export type EditedItem = CollectivityMigrationQuery['collectivity']['inventory'][number];

/** The form's values for an item as the API has it. */
export function itemForm(item: EditedItem): ItemForm {
  const entry = item.productIsFree ? item.productEntry : item.targetEntry;
  return {
    category: item.category,
    productName: item.productName,
    productIsFree: item.productIsFree,
    entry: entry ? { id: entry.id, name: entry.name } : null,
    seats: item.seats == null ? '' : String(item.seats),
    notes: item.notes ?? '',
  };
}

/** Changes an item (updateInventoryItem), not its stage; the pact actions are sent only when changed here. */
export function EditItemForm({ item }: { item: EditedItem }) {
  const { t, locale } = useI18n();
  const { form, set, problem, valid } = useFormState(
    () => itemForm(item),
    (f) => checkItemForm(f, today()),
  );
  const [actionCodes, setActionCodes] = useState<string[] | undefined>();
  const { pending, error, done, submit } = useSubmit();
  const runUpdateInventoryItem = useMutation(UpdateInventoryItemDocument);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (pending || !valid()) return;
    await submit(async () => {
      await runUpdateInventoryItem({
        input: { ...updateItemInput(item.id, form, actionCodes), expectedVersion: item.version },
      });
    });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-label={t('migration.edit.title')}>
      <h4>{t('migration.edit.title')}</h4>
      <ItemFields form={form} set={set} problem={problem} />
      <Field label={t('migration.field.actions')} hint={t('migration.field.actionsHint')}>
        <select
          multiple
          size={5}
          value={actionCodes ?? item.actionCodes}
          onChange={(e) => setActionCodes(Array.from(e.target.selectedOptions, (o) => o.value))}
        >
          {getCatalogue().actions.map((a) => (
            <option key={a.code} value={a.code}>
              {a.code} — {a.title[locale]}
            </option>
          ))}
        </select>
      </Field>
      <FormActions submitLabel={t('migration.edit.submit')} pending={pending} error={error} done={done} />
    </form>
  );
}
