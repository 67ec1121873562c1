import { ASSESSMENT_VERDICTS, ASSESSMENT_VERDICT_LABELS, type AssessmentVerdict } from '@pacte/pact';
import { Field } from '../../../components/ui';
import { useI18n } from '../../../lib/i18n';

/** The fields every verdict has, on an action or on a section of the pact. */
export interface VerdictValues {
  verdict: AssessmentVerdict;
  justification: string;
  association: string;
}

/** What the verdict fields need of the form (useFormFields). */
interface VerdictForm<F extends VerdictValues> {
  values: F;
  set<K extends keyof F>(name: K, value: F[K]): void;
  error(name: keyof F): string | null;
}

/** Verdict, public justification and the association the auditor speaks for. */
export function VerdictFields<F extends VerdictValues>({ form }: { form: VerdictForm<F> }) {
  const { t, locale } = useI18n();
  const { values } = form;
  return (
    <>
      <Field label={t('audit.form.verdict')}>
        <select value={values.verdict} onChange={(e) => form.set('verdict', e.target.value as F['verdict'])}>
          {ASSESSMENT_VERDICTS.map((v) => (
            <option key={v} value={v}>
              {ASSESSMENT_VERDICT_LABELS[v][locale]}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label={t('audit.form.justification')}
        hint={t('audit.form.justificationHint')}
        error={form.error('justification')}
      >
        <textarea
          rows={3}
          value={values.justification}
          required
          onChange={(e) => form.set('justification', e.target.value)}
        />
      </Field>
      <Field
        label={t('audit.form.association')}
        hint={t('audit.form.associationHint')}
        error={form.error('association')}
      >
        <input type="text" value={values.association} onChange={(e) => form.set('association', e.target.value)} />
      </Field>
    </>
  );
}
