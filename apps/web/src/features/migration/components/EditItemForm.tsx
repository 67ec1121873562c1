import { useState, type FormEvent } from 'react';
import { UpdateInventoryItemDocument, type CollectivityMigrationQuery } from '../../../generated/graphql';
import { ActionChoice, FormActions, useSubmit, withoutConflict } from '../../../components/ui';
import { useMutation } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { useFormState } from '../hooks/useFormState';
import { useInventoryEditing } from '../hooks/useInventoryEditing';
import { today } from '../../../lib/rules';
import { checkItemForm, plannedOnOf, updateItemInput, type ItemForm } from '../utils/validation';
import { ItemConflictNotice } from './ItemConflictNotice';
import { ItemFields, MembersFields } from './ItemFields';

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
    audience: item.audience,
    contractEndsOn: item.contractEndsOn ?? '',
    renewalOn: item.renewalOn ?? '',
    yearlyCost: item.yearlyCost == null ? '' : String(item.yearlyCost),
    notes: item.notes ?? '',
    plannedOn: plannedOnOf(item.plannedStages),
    appliesToSome: !item.appliesToAllMembers,
    memberIds: item.appliesToMembers.map((m) => m.id),
  };
}

/** Changes an item (updateInventoryItem), not its stage; the pact actions are sent only when changed here. */
export function EditItemForm({ item }: { item: EditedItem }) {
  const { t } = useI18n();
  const { reload, members } = useInventoryEditing();
  const pooled = members.length > 0;
  const { form, set, problem, valid, reset } = useFormState(
    () => itemForm(item),
    (f) => checkItemForm(f, today(), item, pooled),
  );
  // A pooling body's item: the communes it applied to (null: all), sent again only when changed.
  const membersBefore = pooled ? (item.appliesToAllMembers ? null : item.appliesToMembers.map((m) => m.id)) : undefined;
  const [actionCodes, setActionCodes] = useState<string[] | undefined>();
  const { pending, error, done, submit, dismissError } = useSubmit();
  const runUpdateInventoryItem = useMutation(UpdateInventoryItemDocument);
  // "Keep the current version" after a CONFLICT: the form shows the item again once the reload brings it.
  const [keptOver, setKeptOver] = useState<number | null>(null);
  if (keptOver !== null && item.version !== keptOver) {
    // Adjusting state to new props during render (react.dev/learn/you-might-not-need-an-effect): once, per reload.
    setKeptOver(null);
    setActionCodes(undefined);
    reset();
  }

  async function send(expectedVersion: number) {
    await submit(async () => {
      await runUpdateInventoryItem({
        input: { ...updateItemInput(item.id, form, actionCodes, item.plannedStages, membersBefore), expectedVersion },
      });
    });
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (pending || !valid()) return;
    await send(item.version);
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-label={t('migration.edit.title')}>
      <h4>{t('migration.edit.title')}</h4>
      <ItemFields form={form} set={set} problem={problem} stage={item.stage} />
      {pooled && <MembersFields form={form} set={set} problem={problem} members={members} />}
      <ActionChoice
        legend={t('migration.field.actions')}
        hint={t('migration.field.actionsHint')}
        value={actionCodes ?? item.actionCodes}
        onChange={setActionCodes}
      />
      <ItemConflictNotice
        error={error}
        pending={pending}
        onReapply={(version) => void send(version)}
        onKeep={() => (dismissError(), setKeptOver(item.version), reload())}
      />
      <FormActions
        submitLabel={t('migration.edit.submit')}
        pending={pending}
        error={withoutConflict(error)}
        done={done}
      />
    </form>
  );
}
