import {
  TNL_DOMAIN_LABELS,
  TNL_SPECIAL_MENTION_LABELS,
  TNL_TIER_LABELS,
  describeAwardedLabel,
  describeLegacyEstimate,
  describeTierEstimate,
  latestAwardedLabel,
} from '@pacte/pact';
import { useState } from 'react';
import type { CollectivityMigrationQuery } from '../../../generated/graphql';
import { DataTable, ProgressBar } from '../../../components/ui';
import { useI18n } from '../../../lib/i18n';
import { useInventoryEditing } from '../hooks/useInventoryEditing';
import { LabelForm, levelLabel } from './LabelForm';
import { ReadinessCriteria } from './ReadinessCriteria';

type Collectivity = CollectivityMigrationQuery['collectivity'];
type ReadinessData = NonNullable<Collectivity['commitment']>['labelReadiness'];

/**
 * The label: the label the jury awarded, first and as a fact, with its vintage; then the readiness, a self-assessment
 * and so an estimate, its criteria and the evidence filed under them; the form to record an awarded label for who may.
 */
export function Readiness({
  commitment,
  collectivityId,
  labels,
}: {
  commitment: NonNullable<Collectivity['commitment']>;
  collectivityId: string;
  labels: Collectivity['tnlLabels'];
}) {
  const { t, locale, formatPercent } = useI18n();
  const readiness = commitment.labelReadiness;
  const base = `/labels/application/${encodeURIComponent(collectivityId)}`;
  const awarded = latestAwardedLabel(labels.map((l) => ({ ...l, scale: l.scale === 'LEGACY' ? 'LEGACY' : '2025' })));
  return (
    <section className="section" aria-labelledby="readiness-heading" data-testid="label-readiness">
      <h2 id="readiness-heading">{t('label.title')}</h2>
      {awarded && (
        <p className="key-fact" data-testid="awarded-label">
          <strong>{t('label.awardedFact', { label: describeAwardedLabel(awarded)[locale] })}</strong>
        </p>
      )}
      <p className="notice" role="note">
        {locale === 'fr' ? readiness.noticeFr : readiness.noticeEn}
      </p>
      <p data-testid="readiness-estimate">
        {t(awarded ? 'label.estimateBesideAward' : 'label.estimate', {
          tier: describeTierEstimate(readiness.tier)[locale],
          legacy: describeLegacyEstimate(readiness.legacyLevel)[locale],
          percent: formatPercent(readiness.overall.percent),
        })}
      </p>
      <AwardedLabels labels={labels} />
      <DataTable<ReadinessData['domains'][number]>
        caption={t('label.domainsCaption')}
        rows={[...readiness.domains]}
        rowKey={(r) => r.domain}
        columns={[
          {
            key: 'domain',
            header: t('label.domain'),
            cell: (r) => TNL_DOMAIN_LABELS[r.domain][locale],
            rowHeader: true,
          },
          { key: 'met', header: t('label.met'), cell: (r) => `${r.met} / ${r.applicable}`, numeric: true },
          {
            key: 'percent',
            header: t('label.coverage'),
            cell: (r) => (
              <>
                {formatPercent(r.percent)}
                <ProgressBar value={r.percent} />
              </>
            ),
            numeric: true,
          },
        ]}
      />
      {readiness.nextTier && (
        <>
          <h3>{t('label.missing', { tier: TNL_TIER_LABELS[readiness.nextTier][locale] })}</h3>
          {readiness.missingForNextTier.length === 0 ? (
            <p>{t('label.nothingMissing')}</p>
          ) : (
            <ul className="missing-list">
              {readiness.missingForNextTier.map((m) => (
                <li key={m.id}>
                  <strong>{locale === 'fr' ? m.titleFr : m.titleEn}</strong>{' '}
                  <span className="muted">({TNL_DOMAIN_LABELS[m.domain][locale]})</span>
                  {(locale === 'fr' ? m.satisfiedByFr : m.satisfiedByEn).length > 0 && (
                    <span>
                      {' — '}
                      {t('label.satisfiedBy')} {(locale === 'fr' ? m.satisfiedByFr : m.satisfiedByEn).join(' ; ')}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <ReadinessCriteria commitment={commitment} />
      <p className="downloads">
        {t('label.download')}{' '}
        <a href={`${base}.odt`} download>
          {t('label.odt')}
        </a>{' '}
        ·{' '}
        <a href={`${base}.md`} download>
          {t('label.md')}
        </a>
      </p>
    </section>
  );
}

function AwardedLabels({ labels }: { labels: Collectivity['tnlLabels'] }) {
  const { t, locale } = useI18n();
  const { abilities } = useInventoryEditing();
  const [open, setOpen] = useState(false);
  return (
    <>
      <h3>{t('migration.label.awarded')}</h3>
      {labels.length === 0 ? (
        <p data-testid="awarded-labels">{t('migration.label.none')}</p>
      ) : (
        <ul data-testid="awarded-labels">
          {labels.map((l) => (
            <li key={l.id}>
              <strong>{t('migration.label.entry', { year: l.year, level: levelLabel(l.level, locale) })}</strong>
              {l.mentions.length > 0 &&
                ` — ${t('migration.label.withMentions', {
                  mentions: l.mentions.map((m) => TNL_SPECIAL_MENTION_LABELS[m][locale]).join(', '),
                })}`}
              {l.url && (
                <>
                  {' — '}
                  <a href={l.url}>{t('migration.label.source', { year: l.year })}</a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {abilities.recordLabel && (
        <details className="action-editor" data-testid="record-label" onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>{t('migration.label.title')}</summary>
          {open && <LabelForm />}
        </details>
      )}
    </>
  );
}
