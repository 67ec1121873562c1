import { FLEET_AUDIENCE_LABELS, MIGRATION_STAGE_LABELS, SOFTWARE_CATEGORY_LABELS } from '@pacte/pact';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import {
  PooledItSyndicatDocument,
  SetPooledItDocument,
  type CollectivityMigrationQuery,
} from '../../../generated/graphql';
import { DataTable, Field, FormActions, useSubmit } from '../../../components/ui';
import { useMutation, useQuery } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { collectivityPath } from '../../../lib/routes';
import { useInventoryEditing } from '../hooks/useInventoryEditing';

type Collectivity = CollectivityMigrationQuery['collectivity'];
type PooledItem = Collectivity['pooledInventory'][number];

/**
 * Pooled IT: "Informatique mutualisée avec <body>" with a link to the body's page, the body's items that apply to
 * the commune (shown as the body's, not editable here: they count in the figures above), and, for the commune's
 * editors, the form that sets or removes the link.
 */
export function PooledIt({ collectivity }: { collectivity: Collectivity }) {
  const { t } = useI18n();
  const { abilities } = useInventoryEditing();
  const body = collectivity.pooledItBody;
  if (collectivity.kind !== 'COMMUNE') return null;
  return (
    <div className="pooled-it" data-testid="pooled-it">
      {body && (
        <p className="pooled-it-statement">
          {t('migration.pooled.with')} <Link to={collectivityPath(body.kind, body.code)}>{body.name}</Link>
        </p>
      )}
      {collectivity.pooledInventory.length > 0 && <PooledItems items={collectivity.pooledInventory} />}
      {abilities.manageInventory && <PooledItForm collectivity={collectivity} />}
    </div>
  );
}

function PooledItems({ items }: { items: readonly PooledItem[] }) {
  const { t, locale, formatNumber, formatDate } = useI18n();
  return (
    <DataTable<PooledItem>
      caption={t('migration.pooled.itemsCaption', { body: items[0].from.name })}
      rows={[...items]}
      rowKey={(r) => r.item.id}
      columns={[
        { key: 'product', header: t('migration.product'), cell: (r) => r.item.productName, rowHeader: true },
        {
          key: 'category',
          header: t('migration.pooled.category'),
          cell: (r) => SOFTWARE_CATEGORY_LABELS[r.item.category][locale],
        },
        {
          key: 'pooled',
          header: t('migration.pooled.origin'),
          cell: (r) => t('migration.pooled.tag', { body: r.from.name }),
        },
        {
          key: 'free',
          header: t('migration.free'),
          cell: (r) => (r.item.runsFree ? t('migration.yes') : t('migration.no')),
        },
        {
          key: 'audience',
          header: t('migration.fleet.audience'),
          cell: (r) => FLEET_AUDIENCE_LABELS[r.item.audience][locale],
        },
        {
          key: 'seats',
          header: t('migration.seats'),
          cell: (r) => (r.item.seats == null ? t('common.notAvailable') : formatNumber(r.item.seats)),
          numeric: true,
        },
        { key: 'target', header: t('migration.target'), cell: (r) => r.item.targetEntry?.name ?? '—' },
        {
          key: 'stage',
          header: t('migration.stage'),
          cell: (r) => `${MIGRATION_STAGE_LABELS[r.item.stage][locale]} (${formatDate(r.item.stageReachedOn)})`,
        },
      ]}
    />
  );
}

type Choice = 'NONE' | 'EPCI' | 'SYNDICAT';

/** Who runs the commune's IT: itself, its EPCI (from the referential), or a syndicat found by its SIREN. */
function PooledItForm({ collectivity }: { collectivity: Collectivity }) {
  const { t } = useI18n();
  const { collectivityId } = useInventoryEditing();
  const body = collectivity.pooledItBody;
  const epci = collectivity.epci;
  const [choice, setChoice] = useState<Choice>(!body ? 'NONE' : body.id === epci?.id ? 'EPCI' : 'SYNDICAT');
  const [siren, setSiren] = useState(body && body.id !== epci?.id ? body.code : '');
  const sirenComplete = /^\d{9}$/.test(siren.trim());
  const syndicat = useQuery(
    PooledItSyndicatDocument,
    { siren: siren.trim() },
    { skip: choice !== 'SYNDICAT' || !sirenComplete },
  );
  const found = syndicat.data?.collectivity ?? null;
  const { pending, error, done, submit } = useSubmit();
  const runSet = useMutation(SetPooledItDocument);
  const [problem, setProblem] = useState<string | undefined>();

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (pending) return;
    const bodyId = choice === 'NONE' ? null : choice === 'EPCI' ? (epci?.id ?? null) : (found?.id ?? null);
    if (choice !== 'NONE' && !bodyId) {
      setProblem(t('migration.pooled.sirenUnknown'));
      return;
    }
    setProblem(undefined);
    await submit(async () => {
      await runSet({ input: { collectivityId, bodyId } });
    });
  }

  return (
    <details className="action-editor" data-testid="pooled-it-form">
      <summary>{t('migration.pooled.formTitle')}</summary>
      <form
        noValidate
        onSubmit={onSubmit}
        className="form inventory-editor-body"
        aria-label={t('migration.pooled.formTitle')}
      >
        <fieldset>
          <legend>{t('migration.pooled.question')}</legend>
          <label>
            <input type="radio" name="pooled-it" checked={choice === 'NONE'} onChange={() => setChoice('NONE')} />{' '}
            {t('migration.pooled.none')}
          </label>
          {epci && (
            <label>
              <input type="radio" name="pooled-it" checked={choice === 'EPCI'} onChange={() => setChoice('EPCI')} />{' '}
              {t('migration.pooled.epci', { name: epci.name })}
            </label>
          )}
          <label>
            <input
              type="radio"
              name="pooled-it"
              checked={choice === 'SYNDICAT'}
              onChange={() => setChoice('SYNDICAT')}
            />{' '}
            {t('migration.pooled.syndicat')}
          </label>
        </fieldset>
        {choice === 'SYNDICAT' && (
          <Field
            label={t('migration.pooled.siren')}
            hint={found ? t('migration.pooled.sirenFound', { name: found.name }) : t('migration.pooled.sirenHint')}
            error={problem ?? (sirenComplete && syndicat.error ? t('migration.pooled.sirenUnknown') : undefined)}
          >
            <input
              inputMode="numeric"
              autoComplete="off"
              maxLength={9}
              value={siren}
              onChange={(e) => setSiren(e.target.value)}
            />
          </Field>
        )}
        <FormActions
          submitLabel={t('migration.pooled.submit')}
          pending={pending}
          error={error}
          done={done}
          doneLabel={t('migration.pooled.done')}
        />
      </form>
    </details>
  );
}
