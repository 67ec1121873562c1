import {
  FLEET_AUDIENCES,
  FLEET_AUDIENCE_LABELS,
  FLEET_COUNTS,
  FLEET_COUNT_LABELS,
  type FleetAudience,
  type FleetCount,
} from '@pacte/pact';
import type { FormEvent } from 'react';
import { DeclareFleetDocument, type CollectivityMigrationQuery } from '../../../generated/graphql';
import { Field, FormActions, useSubmit } from '../../../components/ui';
import { useMutation } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { today } from '../../../lib/rules';
import { useFormState } from '../hooks/useFormState';
import { useInventoryEditing } from '../hooks/useInventoryEditing';
import { checkFleetForm, fleetInput, type FleetForm as Form } from '../utils/validation';

export type Declaration = CollectivityMigrationQuery['collectivity']['fleet'][number];

/** The form's values for an audience: its current declaration, else empty counts as of today. */
function formOf(audience: FleetAudience, fleet: readonly Declaration[]): Form {
  const current = fleet.find((d) => d.audience === audience);
  const text = (n: number | null | undefined) => (n == null ? '' : String(n));
  return {
    audience,
    workstations: text(current?.workstations),
    servers: text(current?.servers),
    officeSeats: text(current?.officeSeats),
    asOf: current?.asOf ?? today(),
  };
}

/**
 * Declares the whole fleet of one audience (declareFleet): the base the inventory's shares are counted against.
 * Choosing an audience shows its current declaration, which the new one replaces.
 */
export function FleetForm({ fleet }: { fleet: readonly Declaration[] }) {
  const { t, locale } = useI18n();
  const { collectivityId } = useInventoryEditing();
  const { form, set, problem, valid } = useFormState<Form>(
    () => formOf('STAFF', fleet),
    (f) => checkFleetForm(f, today()),
  );
  const { pending, error, done, submit } = useSubmit();
  const runDeclareFleet = useMutation(DeclareFleetDocument);

  const chooseAudience = (audience: FleetAudience) => {
    const next = formOf(audience, fleet);
    (Object.keys(next) as (keyof Form)[]).forEach((k) => set(k, next[k]));
  };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (pending || !valid()) return;
    const version = fleet.find((d) => d.audience === form.audience)?.version ?? null;
    await submit(async () => {
      await runDeclareFleet({ input: fleetInput(collectivityId, form, version) });
    });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-label={t('migration.fleet.title')}>
      <p>{t('migration.fleet.intro')}</p>
      <Field label={t('migration.fleet.audience')}>
        <select value={form.audience} onChange={(e) => chooseAudience(e.target.value as FleetAudience)}>
          {FLEET_AUDIENCES.map((a) => (
            <option key={a} value={a}>
              {FLEET_AUDIENCE_LABELS[a][locale]}
            </option>
          ))}
        </select>
      </Field>
      {FLEET_COUNTS.map((c: FleetCount) => (
        <Field key={c} label={FLEET_COUNT_LABELS[c][locale]} hint={t('migration.fleet.countHint')} error={problem(c)}>
          <input
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            value={form[c]}
            onChange={(e) => set(c, e.target.value)}
          />
        </Field>
      ))}
      <Field label={t('migration.fleet.asOf')} error={problem('asOf')}>
        <input type="date" value={form.asOf} max={today()} required onChange={(e) => set('asOf', e.target.value)} />
      </Field>
      <FormActions
        submitLabel={t('migration.fleet.submit')}
        pending={pending}
        error={error}
        done={done}
        doneLabel={t('migration.fleet.done')}
      />
    </form>
  );
}
