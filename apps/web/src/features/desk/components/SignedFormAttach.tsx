import { useState, type FormEvent } from 'react';
import { Field, FormError, useSubmit } from '../../../components/ui';
import { useI18n } from '../../../lib/i18n';
import { attachSignedForm } from '../utils/signing-form';

export interface RecordedSignatory {
  id: string;
  firstName: string;
  lastName: string;
  signedFormReceivedOn: string | null;
}

/**
 * The signed forms of a commune's recorded signatures: which have one (and since when), and a signed PDF attached
 * later to one of them, or replacing the one it had. The file is private; the API checks the moderator's territory.
 */
export function SignedFormAttach({
  lists,
  onAttached,
}: {
  lists: readonly { id: string; name: string; signatories: readonly RecordedSignatory[] }[];
  onAttached: () => void;
}) {
  const { t } = useI18n();
  const rows = lists.flatMap((l) => l.signatories.map((s) => ({ list: l.name, signatory: s })));
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="desk-signed-forms">
      <h3 id="desk-signed-forms">{t('desk.signedForms.title')}</h3>
      <ul>
        {rows.map(({ list, signatory }) => (
          <AttachOne key={signatory.id} list={list} signatory={signatory} onAttached={onAttached} />
        ))}
      </ul>
    </section>
  );
}

function AttachOne({
  list,
  signatory,
  onAttached,
}: {
  list: string;
  signatory: RecordedSignatory;
  onAttached: () => void;
}) {
  const { t, formatDate, ofName } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const { pending, error, done, submit } = useSubmit();
  const name = `${signatory.firstName} ${signatory.lastName}`;

  async function attach(e: FormEvent) {
    e.preventDefault();
    if (!file || pending) return;
    if (await submit(() => attachSignedForm(signatory.id, file))) {
      setFile(null);
      setInputKey((k) => k + 1);
      onAttached();
    }
  }

  return (
    <li data-testid="desk-signed-form">
      <p>
        <strong>{name}</strong> ({list}) —{' '}
        {signatory.signedFormReceivedOn
          ? t('desk.signedForms.received', { date: formatDate(signatory.signedFormReceivedOn) })
          : t('desk.signedForms.none')}
      </p>
      <form className="form form-inline" onSubmit={attach}>
        <Field label={t('desk.signedForms.file', { ofName: ofName(name) })}>
          <input
            key={inputKey}
            type="file"
            accept=".pdf,application/pdf"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </Field>
        <button type="submit" className="button button-secondary" aria-disabled={pending || !file}>
          {t('desk.signedForms.attach', { name })}
        </button>
        <span role="status" className="muted">
          {done ? t('desk.signedForms.attached') : ''}
        </span>
      </form>
      <FormError error={error} />
    </li>
  );
}
