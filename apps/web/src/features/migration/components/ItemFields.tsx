import {
  FLEET_AUDIENCES,
  FLEET_AUDIENCE_LABELS,
  SOFTWARE_CATEGORIES,
  SOFTWARE_CATEGORY_LABELS,
  MIGRATION_STAGES,
  MIGRATION_STAGE_LABELS,
  stageIndex,
  type FleetAudience,
  type MigrationStage,
  type SoftwareCategory,
} from '@pacte/pact';
import { useId } from 'react';
import { Field } from '../../../components/ui';
import { useI18n } from '../../../lib/i18n';
import { today } from '../../../lib/rules';
import type { ItemForm } from '../utils/validation';
import { CataloguePicker, type CatalogueEntry } from './CataloguePicker';

interface ItemFieldsProps<F extends ItemForm> {
  form: F;
  set<K extends keyof F>(name: K, value: F[K]): void;
  /** The message of a field's problem once it is shown (touched, or after a submission), else null. */
  problem(name: keyof F): string | null;
  /** The item's current stage, when edited: the plan's fields follow the other fields (the add form places them). */
  stage?: MigrationStage;
}

/**
 * The plan of a migration: a day to come for each stage after `stage` that is planned. A planned stage counts in no
 * figure until it is recorded as reached (libs/pact `PlannedStage`).
 */
export function PlannedStagesFields<F extends ItemForm>({
  form,
  set,
  problem,
  stage,
}: Omit<ItemFieldsProps<F>, 'stage'> & { stage: MigrationStage }) {
  const { t, locale } = useI18n();
  const hint = useId();
  const error = problem('plannedOn');
  return (
    <fieldset className="field" aria-describedby={hint}>
      <legend>{t('migration.field.planned')}</legend>
      <p id={hint} className="field-hint">
        {t('migration.field.plannedHint')}
      </p>
      {MIGRATION_STAGES.filter((s) => stageIndex(s) > stageIndex(stage)).map((s) => (
        <Field key={s} label={t('migration.field.plannedOn', { stage: MIGRATION_STAGE_LABELS[s][locale] })}>
          <input
            type="date"
            min={today()}
            value={form.plannedOn[s] ?? ''}
            onChange={(e) => set('plannedOn', { ...form.plannedOn, [s]: e.target.value })}
          />
        </Field>
      ))}
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}

/**
 * Pooled IT, on a pooling body's item: it applies to all the member communes (the default) or to those ticked
 * (`appliesToMemberIds`, checked by the rulebook: at least one).
 */
export function MembersFields<F extends ItemForm>({
  form,
  set,
  problem,
  members,
}: Omit<ItemFieldsProps<F>, 'stage'> & { members: readonly { id: string; name: string }[] }) {
  const { t } = useI18n();
  const name = useId();
  const errorId = useId();
  const error = problem('memberIds');
  const tick = (id: string, on: boolean) =>
    set('memberIds', (on ? [...form.memberIds, id] : form.memberIds.filter((m) => m !== id)) as F['memberIds']);
  return (
    <fieldset className="field" aria-describedby={error ? errorId : undefined} data-testid="item-members">
      <legend>{t('migration.members.legend')}</legend>
      <div className="field field-check">
        <label>
          <input type="radio" name={name} checked={!form.appliesToSome} onChange={() => set('appliesToSome', false)} />{' '}
          {t('migration.members.all')}
        </label>
      </div>
      <div className="field field-check">
        <label>
          <input type="radio" name={name} checked={form.appliesToSome} onChange={() => set('appliesToSome', true)} />{' '}
          {t('migration.members.some')}
        </label>
      </div>
      {form.appliesToSome && (
        <ul className="checkbox-list">
          {members.map((m) => (
            <li key={m.id} className="field-check">
              <label>
                <input
                  type="checkbox"
                  checked={form.memberIds.includes(m.id)}
                  onChange={(e) => tick(m.id, e.target.checked)}
                />{' '}
                {m.name}
              </label>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** The fields an inventory item has when added and when edited: category, catalogue entry, product, seats, notes. */
export function ItemFields<F extends ItemForm>({ form, set, problem, stage }: ItemFieldsProps<F>) {
  const { t, locale } = useI18n();
  const suggestions = useId();
  const pick = (entry: CatalogueEntry | null) => {
    set('entry', entry ? { id: entry.id, name: entry.name, replaces: entry.replaces } : null);
    if (!entry) return;
    if (form.category === '' && entry.category) set('category', entry.category as F['category']);
    // A free software in use is the catalogue entry itself: its name is the product's unless one was typed.
    if (form.productIsFree && form.productName.trim() === '') set('productName', entry.name);
  };
  return (
    <>
      <Field label={t('migration.field.category')} error={problem('category')}>
        <select
          value={form.category}
          required
          onChange={(e) => set('category', e.target.value as SoftwareCategory as F['category'])}
        >
          <option value="">{t('migration.field.categoryChoose')}</option>
          {SOFTWARE_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {SOFTWARE_CATEGORY_LABELS[c][locale]}
            </option>
          ))}
        </select>
      </Field>
      <div className="field field-check">
        <label>
          <input
            type="checkbox"
            checked={form.productIsFree}
            onChange={(e) => set('productIsFree', e.target.checked as F['productIsFree'])}
          />{' '}
          {t('migration.field.productIsFree')}
        </label>
      </div>
      <CataloguePicker
        label={t(form.productIsFree ? 'migration.field.productEntry' : 'migration.field.targetEntry')}
        hint={t('migration.field.entryHint')}
        category={form.category}
        value={form.entry}
        onChange={pick}
      />
      <Field
        label={t(form.productIsFree ? 'migration.field.productNameFree' : 'migration.field.productName')}
        hint={t('migration.field.productNameHint')}
        error={problem('productName')}
      >
        <input
          type="text"
          value={form.productName}
          required
          maxLength={200}
          list={suggestions}
          onChange={(e) => set('productName', e.target.value as F['productName'])}
        />
      </Field>
      <datalist id={suggestions}>
        {(form.entry?.replaces ?? []).map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <Field
        label={t(form.category === 'SERVER_OS' ? 'migration.field.servers' : 'migration.field.seats')}
        hint={t('migration.field.seatsHint')}
        error={problem('seats')}
      >
        <input
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          value={form.seats}
          onChange={(e) => set('seats', e.target.value as F['seats'])}
        />
      </Field>
      <Field label={t('migration.field.audience')} hint={t('migration.field.audienceHint')}>
        <select
          value={form.audience}
          onChange={(e) => set('audience', e.target.value as FleetAudience as F['audience'])}
        >
          {FLEET_AUDIENCES.map((a) => (
            <option key={a} value={a}>
              {FLEET_AUDIENCE_LABELS[a][locale]}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('migration.field.contractEndsOn')} error={problem('contractEndsOn')}>
        <input
          type="date"
          value={form.contractEndsOn}
          onChange={(e) => set('contractEndsOn', e.target.value as F['contractEndsOn'])}
        />
      </Field>
      <Field label={t('migration.field.renewalOn')} error={problem('renewalOn')}>
        <input
          type="date"
          value={form.renewalOn}
          onChange={(e) => set('renewalOn', e.target.value as F['renewalOn'])}
        />
      </Field>
      <Field
        label={t('migration.field.yearlyCost')}
        hint={t('migration.field.yearlyCostHint')}
        error={problem('yearlyCost')}
      >
        <input
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          value={form.yearlyCost}
          onChange={(e) => set('yearlyCost', e.target.value as F['yearlyCost'])}
        />
      </Field>
      <Field label={t('migration.field.notes')} error={problem('notes')}>
        <textarea rows={2} value={form.notes} onChange={(e) => set('notes', e.target.value as F['notes'])} />
      </Field>
      {stage && <PlannedStagesFields form={form} set={set} problem={problem} stage={stage} />}
    </>
  );
}
