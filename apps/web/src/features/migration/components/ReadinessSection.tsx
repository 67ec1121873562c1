import { TNL_DOMAIN_LABELS, TNL_SPECIAL_MENTION_LABELS, TNL_TIER_LABELS } from '@pacte/pact';
import { useState } from 'react';
import type { CollectivityMigrationQuery } from '../../../generated/graphql';
import { DataTable, ProgressBar } from '../../../components/ui';
import { useI18n } from '../../../lib/i18n';
import { useInventoryEditing } from '../hooks/useInventoryEditing';
import { LabelForm, levelLabel } from './LabelForm';

type Collectivity = CollectivityMigrationQuery['collectivity'];
type ReadinessData = NonNullable<Collectivity['commitment']>['labelReadiness'];

/** Label readiness (a self-assessment), the labels the jury awarded, and the form to record one for who may. */
export function Readiness({
  readiness,
  collectivityId,
  labels,
}: {
  readiness: ReadinessData;
  collectivityId: string;
  labels: Collectivity['tnlLabels'];
}) {
  const { t, locale, formatPercent } = useI18n();
  const base = `/labels/application/${encodeURIComponent(collectivityId)}`;
  return (
    <section className="section" aria-labelledby="readiness-heading" data-testid="label-readiness">
      <h2 id="readiness-heading">{t('label.title')}</h2>
      <p className="notice" role="note">
        {locale === 'fr' ? readiness.noticeFr : readiness.noticeEn}
      </p>
      <AwardedLabels labels={labels} />
      <p>
        {t('label.tier', {
          tier: TNL_TIER_LABELS[readiness.tier][locale],
          level: readiness.legacyLevel,
          percent: formatPercent(readiness.overall.percent),
        })}
      </p>
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
