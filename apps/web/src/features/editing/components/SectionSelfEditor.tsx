import {
  SECTION_EXPLANATION_MAX,
  SECTION_SELF_STATUSES,
  SECTION_SELF_STATUS_LABELS,
  sectionSelfAssessmentSchema,
  type SectionSelfStatus,
} from '@pacte/pact';
import { type FormEvent } from 'react';
import { SelfAssessSectionDocument } from '../../../generated/graphql';
import {
  ConflictNotice,
  conflictOf,
  Field,
  FormActions,
  useFormFields,
  useSubmit,
  withoutConflict,
} from '../../../components/ui';
import { useMutation } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { formProblems, useRuleMessage, type FormProblems } from '../../../lib/rules';
import { useEditing } from '../hooks/useEditing';

interface SectionForm {
  status: SectionSelfStatus;
  explanation: string;
}

/** The section's self-assessment as the API returns it (version 0: never given). */
export interface SelfAssessedSection {
  section: number;
  status?: SectionSelfStatus | null;
  explanation?: string | null;
  version: number;
}

const SOME_ID = '00000000-0000-4000-8000-000000000000';

const sectionInput = (commitmentId: string, section: number, f: SectionForm) => ({
  commitmentId,
  section,
  status: f.status,
  explanation: f.explanation.trim(),
});

function checkSectionForm(f: SectionForm): FormProblems<SectionForm> {
  return formProblems<SectionForm>(sectionSelfAssessmentSchema, sectionInput(SOME_ID, 1, f));
}

/**
 * The collectivity's word on one section of the pact as a whole (an elected official or IT manager): a status and a
 * short public explanation, beside the per-action progress.
 */
export function SectionSelfEditor({ current }: { current: SelfAssessedSection }) {
  const { t, locale } = useI18n();
  const { commitmentId, reload } = useEditing();
  const initial = (c: Omit<SelfAssessedSection, 'section' | 'version'>): SectionForm => ({
    status: c.status ?? 'IN_PROGRESS',
    explanation: c.explanation ?? '',
  });
  const form = useFormFields(() => initial(current), checkSectionForm, useRuleMessage());
  const { values, set } = form;
  const { pending, error, done, submit, dismissError } = useSubmit();
  const run = useMutation(SelfAssessSectionDocument);

  async function send(expectedVersion: number) {
    await submit(async () => {
      await run({ input: { ...sectionInput(commitmentId, current.section, values), expectedVersion } });
    });
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (pending || !form.validate()) return;
    await send(current.version);
  }

  return (
    <form
      noValidate
      onSubmit={onSubmit}
      className="form"
      aria-label={t('sections.self.form', { number: current.section })}
    >
      <Field label={t('sections.self.status')}>
        <select value={values.status} onChange={(e) => set('status', e.target.value as SectionSelfStatus)}>
          {SECTION_SELF_STATUSES.map((s) => (
            <option key={s} value={s}>
              {SECTION_SELF_STATUS_LABELS[s][locale]}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label={t('sections.self.explanation')}
        hint={t('sections.self.explanationHint', { max: SECTION_EXPLANATION_MAX })}
        error={form.error('explanation')}
      >
        <textarea
          rows={3}
          maxLength={SECTION_EXPLANATION_MAX}
          value={values.explanation}
          required
          onChange={(e) => set('explanation', e.target.value)}
        />
      </Field>
      <ConflictNotice
        error={error}
        fields={(c) => [
          [t('sections.self.status'), SECTION_SELF_STATUS_LABELS[c.status as SectionSelfStatus]?.[locale] ?? '—'],
          [t('sections.self.explanation'), typeof c.explanation === 'string' ? c.explanation : '—'],
        ]}
        pending={pending}
        onReapply={(version) => void send(version)}
        onKeep={() => {
          const recorded = conflictOf(error)?.current;
          if (recorded) form.reset(initial(recorded));
          dismissError();
          reload();
        }}
      />
      <FormActions
        submitLabel={t('sections.self.submit')}
        pending={pending}
        error={withoutConflict(error)}
        done={done}
      />
    </form>
  );
}
