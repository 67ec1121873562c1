import { EVIDENCE_KINDS, EVIDENCE_KIND_LABELS, type EvidenceKind } from '@pacte/pact';
import { useRef, useState, type FormEvent } from 'react';
import { AddEvidenceDocument } from '../../../generated/graphql';
import { Field, FormError } from '../../../components/ui';
import { request } from '../../../lib/graphql';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { useEditing } from '../hooks/useEditing';
import { useSubmit } from '../hooks/useSubmit';
import { uploadEvidenceFile } from '../utils/upload';
import { checkEvidenceForm, today, URL_REQUIRED_KINDS, type EditProblem, type EvidenceForm } from '../utils/validation';

/** Evidence for this action (and others of the commitment), with an optional file uploaded once it is recorded. */
export function EvidenceEditor({ actionCode }: { actionCode: string }) {
  const { t, locale } = useI18n();
  const { commitmentId, actionCodes, onChanged } = useEditing();
  const initial = (): EvidenceForm => ({
    kind: 'DOCUMENT',
    date: today(),
    title: '',
    url: '',
    actionCodes: [actionCode],
  });
  const [form, setForm] = useState<EvidenceForm>(initial);
  const [touched, setTouched] = useState<Partial<Record<keyof EvidenceForm, boolean>>>({});
  const [tried, setTried] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const { pending, error, done, submit } = useSubmit();
  const problems = checkEvidenceForm(form);
  const problem = (name: keyof EvidenceForm) => {
    const p: EditProblem | undefined = problems[name];
    return p && (touched[name] || tried) ? t(`edit.problem.${p}` as MessageKey) : null;
  };
  const set = <K extends keyof EvidenceForm>(name: K, value: EvidenceForm[K]) => {
    setForm((f) => ({ ...f, [name]: value }));
    setTouched((s) => ({ ...s, [name]: true }));
  };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (pending) return;
    setTried(true);
    if (Object.values(problems).some(Boolean)) return;
    const file = fileInput.current?.files?.[0];
    let recorded = false;
    const ok = await submit(async () => {
      const { addEvidence } = await request(
        AddEvidenceDocument,
        {
          input: {
            commitmentId,
            actionCodes: form.actionCodes,
            kind: form.kind,
            date: form.date,
            title: form.title.trim(),
            url: form.url.trim() === '' ? null : form.url.trim(),
          },
        },
        {},
      );
      recorded = true;
      if (file) await uploadEvidenceFile(addEvidence.id, file);
    });
    if (ok) {
      setForm(initial());
      setTouched({});
      setTried(false);
      if (fileInput.current) fileInput.current.value = '';
    }
    if (recorded) onChanged();
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-label={t('edit.evidence.title')}>
      <h5>{t('edit.evidence.title')}</h5>
      <Field label={t('edit.evidence.kind')}>
        <select value={form.kind} onChange={(e) => set('kind', e.target.value as EvidenceKind)}>
          {EVIDENCE_KINDS.map((k) => (
            <option key={k} value={k}>
              {EVIDENCE_KIND_LABELS[k][locale]}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('edit.evidence.name')} error={problem('title')}>
        <input type="text" value={form.title} onChange={(e) => set('title', e.target.value)} required />
      </Field>
      <Field label={t('edit.evidence.date')} error={problem('date')}>
        <input type="date" value={form.date} onChange={(e) => set('date', e.target.value)} required />
      </Field>
      <Field
        label={URL_REQUIRED_KINDS.includes(form.kind) ? t('edit.evidence.urlRequired') : t('edit.evidence.url')}
        error={problem('url')}
      >
        <input type="url" inputMode="url" value={form.url} onChange={(e) => set('url', e.target.value)} />
      </Field>
      <Field label={t('edit.evidence.actions')} hint={t('edit.evidence.actionsHint')} error={problem('actionCodes')}>
        <select
          multiple
          size={5}
          value={form.actionCodes}
          onChange={(e) =>
            set(
              'actionCodes',
              Array.from(e.target.selectedOptions, (o) => o.value),
            )
          }
        >
          {actionCodes.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('edit.evidence.file')} hint={t('edit.evidence.fileHint')}>
        <input type="file" ref={fileInput} accept=".pdf,.odt,.ods,.odp,.png,.jpg,.jpeg" />
      </Field>
      <FormError error={error} />
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={pending}>
          {t('edit.evidence.submit')}
        </button>
        <span role="status" className="muted">
          {done ? t('edit.saved') : ''}
        </span>
      </div>
    </form>
  );
}
