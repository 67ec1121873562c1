import { getCatalogue } from '@pacte/pact';
import { ProgressBar, TableScroll } from '../../../components/ui';
import { useI18n } from '../../../lib/i18n';
import { useAuditContext } from '../hooks/useAudit';

/**
 * Scores from the auditors' verdicts, by section, beside the self-declared ones (a separate list, never merged), on
 * the same base (libs/pact computeAuditedScores), with the audit's coverage: "2 actions auditées sur 31".
 */
export function AuditedScores({
  declared,
}: {
  declared: { overall?: number | null; sections: ReadonlyArray<{ section: number; score?: number | null }> };
}) {
  const { t, locale, formatPercent, plural } = useI18n();
  const { scores } = useAuditContext();
  if (!scores || scores.sections.every((s) => s.actionsAssessed === 0)) return null;
  const declaredBySection = new Map(declared.sections.map((s) => [s.section, s.score]));
  const titles = new Map<number, string>(getCatalogue().sections.map((s) => [s.number, s.title[locale]]));
  return (
    <section className="section" aria-labelledby="audited-heading" data-testid="audited-scores">
      <h2 id="audited-heading">{t('audit.scores.title')}</h2>
      <p className="muted">{t('audit.scores.intro')}</p>
      <p data-testid="audited-coverage">
        {plural('audit.scores.coverage', scores.actionsAssessed, { total: scores.actionsTotal })}
      </p>
      <TableScroll label={t('audit.scores.title')}>
        <table className="data-table">
          <caption className="visually-hidden">{t('audit.scores.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.scores.section')}</th>
              <th scope="col">{t('audit.scores.declared')}</th>
              <th scope="col">{t('audit.scores.audited')}</th>
              <th scope="col">{t('audit.scores.assessed')}</th>
            </tr>
          </thead>
          <tbody>
            {scores.sections.map((s) => (
              <tr key={s.section} data-testid={`audited-score-${s.section}`}>
                <th scope="row">
                  {t('pact.sectionShort', { number: s.section })} — {titles.get(s.section)}
                </th>
                <td>{formatPercent(declaredBySection.get(s.section))}</td>
                <td>
                  {formatPercent(s.score)}
                  <ProgressBar value={s.score} />
                </td>
                <td>{plural('audit.scores.ofTotal', s.actionsAssessed, { total: s.actionsTotal })}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('audit.scores.overall')}</th>
              <td>{formatPercent(declared.overall)}</td>
              <td>{formatPercent(scores.overall)}</td>
              <td>{plural('audit.scores.ofTotal', scores.actionsAssessed, { total: scores.actionsTotal })}</td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
    </section>
  );
}
