import { TNL_DOMAIN_LABELS, criteriaTakingEvidence } from '@pacte/pact';
import { useMemo } from 'react';
import type { CollectivityMigrationQuery } from '../../../generated/graphql';
import { DataTable } from '../../../components/ui';
import { useI18n } from '../../../lib/i18n';
import { abilitiesOn, useSession } from '../../account';
import { CriterionEvidenceForm, EditingContext, EvidenceItemActions, type Editing } from '../../editing';
import { useInventoryEditing } from '../hooks/useInventoryEditing';

type Commitment = NonNullable<CollectivityMigrationQuery['collectivity']['commitment']>;
type Evidence = Commitment['evidence'][number];
type Criterion = Commitment['labelReadiness']['domains'][number]['criteria'][number] & { domain: string };

const STATUS_KEYS = {
  MET: 'label.status.met',
  UNMET: 'label.status.unmet',
  NOT_APPLICABLE: 'label.status.notApplicable',
} as const;

const TAKING_EVIDENCE = new Set(criteriaTakingEvidence().map((c) => c.id));

/**
 * Every criterion of the self-assessment with its state and the evidence filed under it; the criteria that only such
 * evidence can meet and that have none are named; and, for who may manage the collectivity's evidence, the form that
 * files evidence under a criterion (the API checks the permission again).
 */
export function ReadinessCriteria({ commitment }: { commitment: Commitment }) {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const { collectivityId, reload } = useInventoryEditing();
  const abilities = abilitiesOn(me, collectivityId);
  const editing = useMemo<Editing>(
    () => ({
      abilities,
      commitmentId: commitment.id,
      actionCodes: commitment.actions.map((a) => a.actionCode),
      reload,
    }),
    [abilities, commitment, reload],
  );
  const criteria: Criterion[] = commitment.labelReadiness.domains.flatMap((d) =>
    d.criteria.map((c) => ({ ...c, domain: d.domain })),
  );
  const filedUnder = (id: string): Evidence[] => commitment.evidence.filter((e) => e.criterionIds.includes(id));
  const lacking = criteria.filter(
    (c) => TAKING_EVIDENCE.has(c.id) && c.status !== 'MET' && filedUnder(c.id).length === 0,
  );
  const title = (c: { titleFr: string; titleEn: string }) => (locale === 'fr' ? c.titleFr : c.titleEn);
  return (
    <EditingContext.Provider value={editing}>
      <h3>{t('label.criteriaTitle')}</h3>
      {lacking.length > 0 && (
        <p data-testid="criteria-lacking-evidence">
          {t('label.lackingEvidence', { criteria: lacking.map((c) => `« ${title(c)} »`).join(', ') })}
        </p>
      )}
      <DataTable<Criterion>
        caption={t('label.criteriaCaption')}
        rows={criteria}
        rowKey={(c) => c.id}
        columns={[
          { key: 'criterion', header: t('label.criterion'), cell: (c) => title(c), rowHeader: true },
          {
            key: 'domain',
            header: t('label.domain'),
            cell: (c) => TNL_DOMAIN_LABELS[c.domain as keyof typeof TNL_DOMAIN_LABELS][locale],
          },
          {
            key: 'status',
            header: t('label.state'),
            cell: (c) => (
              <span data-testid={`criterion-${c.id}`}>
                {t(STATUS_KEYS[c.status])}
                {(locale === 'fr' ? c.metByFr : c.metByEn) && (
                  <span className="muted"> — {locale === 'fr' ? c.metByFr : c.metByEn}</span>
                )}
                {c.throughPooling && <span className="muted"> ({t('label.throughPooling')})</span>}
              </span>
            ),
          },
          {
            key: 'evidence',
            header: t('label.filed'),
            cell: (c) => <FiledEvidence evidence={filedUnder(c.id)} takesEvidence={TAKING_EVIDENCE.has(c.id)} />,
          },
        ]}
      />
      {abilities.manageEvidence && (
        <details className="action-editor" data-testid="criterion-evidence">
          <summary>{t('edit.criterionEvidence.title')}</summary>
          <CriterionEvidenceForm initialCriterionId={lacking[0]?.id} />
        </details>
      )}
    </EditingContext.Provider>
  );
}

function FiledEvidence({ evidence, takesEvidence }: { evidence: Evidence[]; takesEvidence: boolean }) {
  const { t, formatDate } = useI18n();
  if (!takesEvidence) return <span className="muted">{t('label.notFiledHere')}</span>;
  if (evidence.length === 0) return <span className="muted">{t('label.noneFiled')}</span>;
  return (
    <ul className="plain-list">
      {evidence.map((e) => (
        <li key={e.id}>
          {e.file?.url || e.url ? <a href={e.file?.url ?? e.url ?? undefined}>{e.title}</a> : e.title} (
          {formatDate(e.date)})
          <EvidenceItemActions evidence={e} />
        </li>
      ))}
    </ul>
  );
}
