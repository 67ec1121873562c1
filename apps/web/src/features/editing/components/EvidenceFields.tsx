import { EVIDENCE_KINDS, EVIDENCE_KIND_LABELS, evidenceNeedsUrl, type EvidenceKind } from '@pacte/pact';
import { Field } from '../../../components/ui';
import { useI18n } from '../../../lib/i18n';

/** What the evidence forms (add and edit) share: its kind, title, date and address. */
export interface EvidenceFieldValues {
  kind: EvidenceKind;
  title: string;
  date: string;
  url: string;
}

/**
 * The fields of one evidence item that adding and editing have in common, bound to the form's values; the address is
 * marked required for the kinds that need one (the rulebook's `evidenceNeedsUrl`).
 */
export function EvidenceFields({
  values,
  set,
  error,
  kinds = EVIDENCE_KINDS,
}: {
  values: EvidenceFieldValues;
  /** The kinds offered (every kind by default; a label criterion accepts only some). */
  kinds?: readonly EvidenceKind[];
  set<K extends keyof EvidenceFieldValues>(name: K, value: EvidenceFieldValues[K]): void;
  error(name: 'title' | 'date' | 'url'): string | null;
}) {
  const { t, locale } = useI18n();
  return (
    <>
      <Field label={t('edit.evidence.kind')}>
        <select value={values.kind} onChange={(e) => set('kind', e.target.value as EvidenceKind)}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {EVIDENCE_KIND_LABELS[k][locale]}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('edit.evidence.name')} error={error('title')}>
        <input type="text" value={values.title} onChange={(e) => set('title', e.target.value)} required />
      </Field>
      <Field label={t('edit.evidence.date')} error={error('date')}>
        <input type="date" value={values.date} onChange={(e) => set('date', e.target.value)} required />
      </Field>
      <Field
        label={evidenceNeedsUrl(values.kind) ? t('edit.evidence.urlRequired') : t('edit.evidence.url')}
        error={error('url')}
      >
        <input type="url" inputMode="url" value={values.url} onChange={(e) => set('url', e.target.value)} />
      </Field>
    </>
  );
}
