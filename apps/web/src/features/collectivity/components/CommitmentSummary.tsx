import { useI18n } from '../../../lib/i18n';
import type { Commitment } from '../utils/checklist';

/** Why this collectivity is bound by the pact, and since when: always with its source. */
export function CommitmentSummary({ commitment: c }: { commitment: Commitment }) {
  const { t, formatDate } = useI18n();
  const list = c.candidateList;
  return (
    <section className="section" aria-labelledby="commitment-heading">
      <h2 id="commitment-heading">{t('collectivity.commitment.title')}</h2>
      {c.demo && (
        <p className="notice notice-info">
          <strong>{t('collectivity.commitment.demoTitle')}</strong> {t('collectivity.commitment.demoBody')}
        </p>
      )}
      <dl className="facts">
        <div>
          <dt>{t('collectivity.commitment.since')}</dt>
          <dd>{formatDate(c.committedOn)}</dd>
        </div>
        <div>
          <dt>{t('collectivity.commitment.edition')}</dt>
          <dd>{c.edition}</dd>
        </div>
        <div>
          <dt>{t('collectivity.commitment.source')}</dt>
          <dd>
            {c.source === 'LIST_MAJORITY'
              ? list
                ? t('collectivity.commitment.byList', {
                    list: list.name,
                    head: list.headOfList ?? t('common.notAvailable'),
                  })
                : t('collectivity.commitment.byListUnknown')
              : t('collectivity.commitment.byDeliberation', {
                  number: c.deliberationNumber ?? t('common.notAvailable'),
                  date: c.deliberationDate ? formatDate(c.deliberationDate) : t('common.notAvailable'),
                })}
          </dd>
        </div>
      </dl>
    </section>
  );
}
