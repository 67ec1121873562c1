import { ASSESSMENT_VERDICT_LABELS, PACT_KEPT_LABELS, SECTION_SELF_STATUS_LABELS, getCatalogue } from '@pacte/pact';
import { useI18n } from '../../../lib/i18n';
import { SectionAssessmentEditor } from '../../audit';
import { SectionSelfEditor, useEditing } from '../../editing';
import type { Commitment } from '../utils/checklist';

/**
 * The pact's three sections, its commitments: for each, the collectivity's own word (status and explanation) and the
 * auditors' verdict, side by side and never merged, and whether the pact is kept (libs/pact `pactStanding`: from the
 * sections only, never from the actions at 100 %). The forms are folded until opened.
 */
export function PactSections({ commitment }: { commitment: Commitment }) {
  const { t, locale, formatDate } = useI18n();
  const { abilities } = useEditing();
  const standing = commitment.pactStanding;
  return (
    <section className="section" aria-labelledby="sections-heading" data-testid="pact-sections">
      <h2 id="sections-heading">{t('sections.title')}</h2>
      <p className="muted">{t('sections.intro')}</p>
      <p className="notice" data-testid="pact-standing">
        {PACT_KEPT_LABELS[standing.status][locale]}
      </p>
      <ol className="pact-sections">
        {getCatalogue().sections.map((section) => {
          const n = section.number;
          const own = commitment.sectionSelfAssessments.find((s) => s.section === n);
          const row = standing.sections.find((s) => s.section === n);
          const verdicts = commitment.sectionAssessments.filter((a) => a.section === n);
          return (
            <li key={n} data-testid={`pact-section-${n}`}>
              <h3>
                {t('pact.sectionShort', { number: n })} — {section.title[locale]}
              </h3>
              <dl className="facts">
                <div>
                  <dt>{t('sections.self.label')}</dt>
                  <dd data-testid={`section-self-${n}`}>
                    {own ? (
                      <>
                        <strong>{SECTION_SELF_STATUS_LABELS[own.status][locale]}</strong> — {own.explanation}{' '}
                        <span className="muted">({formatDate(own.updatedAt)})</span>
                      </>
                    ) : (
                      t('sections.self.none')
                    )}
                  </dd>
                </div>
                <div>
                  <dt>{t('sections.audit.label')}</dt>
                  <dd data-testid={`section-verdict-${n}`}>
                    {row?.verdict ? (
                      <strong>{ASSESSMENT_VERDICT_LABELS[row.verdict][locale]}</strong>
                    ) : (
                      t('sections.audit.none')
                    )}
                  </dd>
                </div>
              </dl>
              {verdicts.length > 0 && (
                <ul
                  className="assessments"
                  aria-label={t('sections.audit.list', { number: n })}
                  data-testid={`section-verdicts-${n}`}
                >
                  {verdicts.map((v) => (
                    <li key={v.id}>
                      <strong>{ASSESSMENT_VERDICT_LABELS[v.verdict][locale]}</strong>{' '}
                      {t('audit.by', { who: v.assessedBy ?? t('audit.erased') })},{' '}
                      <time dateTime={v.date}>{formatDate(v.date)}</time> — {v.justification}
                    </li>
                  ))}
                </ul>
              )}
              {abilities.updateProgress && (
                <details className="action-editor" data-testid={`self-assess-${n}`}>
                  <summary>{t('sections.self.open', { number: n })}</summary>
                  <SectionSelfEditor
                    current={{
                      section: n,
                      status: own?.status,
                      explanation: own?.explanation,
                      version: own?.version ?? 0,
                    }}
                  />
                </details>
              )}
              {abilities.assess && (
                <details className="action-editor" data-testid={`assess-section-${n}`}>
                  <summary>{t('sections.audit.open', { number: n })}</summary>
                  <SectionAssessmentEditor section={n} />
                </details>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
