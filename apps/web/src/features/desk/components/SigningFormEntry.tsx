import { SIGNATURE_SCOPES } from '@pacte/pact';
import { useState, type FormEvent } from 'react';
import {
  DeskAddSignatoryDocument,
  DeskCommuneDocument,
  DeskCreateCandidateListDocument,
} from '../../../generated/graphql';
import { Field, FormError, useSubmit } from '../../../components/ui';
import { useMutation, useQuery } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { useRuleMessage } from '../../../lib/rules';
import { SignedFormAttach } from './SignedFormAttach';
import {
  checkNewList,
  checkSigningForm,
  EMPTY_NEW_LIST,
  enterWithSignedForm,
  EMPTY_SIGNING_FORM,
  newListInput,
  signingFormInput,
  type SigningFormFields,
} from '../utils/signing-form';

type TextField = Exclude<keyof SigningFormFields, 'scope'>;
const TEXT_FIELDS: readonly { name: TextField; type?: string; private?: boolean }[] = [
  { name: 'lastName' },
  { name: 'firstName' },
  { name: 'positionOnList', type: 'number' },
  { name: 'parties' },
  { name: 'website', type: 'url' },
  { name: 'postcode' },
  { name: 'phone', type: 'tel', private: true },
  { name: 'email', type: 'email', private: true },
  { name: 'signedPlace' },
  { name: 'signedOn', type: 'date' },
];

/**
 * The desk: one signing form entered by hand, with every field of the pact's form, LIST ("ma liste s'engage") or
 * PERSONAL ("je m'engage"), and its signed PDF (private). The commune is found by its INSEE code; the list is one of
 * its candidate lists, or a new one created first (its own step, its own write). Checked with the rulebook's
 * signingFormSchema, as the API does; the PDF is checked by the API from its content.
 */
export function SigningFormEntry() {
  const { t, ofName } = useI18n();
  const ruleMessage = useRuleMessage();
  const [code, setCode] = useState('');
  const [searched, setSearched] = useState<string | null>(null);
  const commune = useQuery(DeskCommuneDocument, { code: searched ?? '' }, { skip: !searched });
  const [listId, setListId] = useState('');
  const [newList, setNewList] = useState(EMPTY_NEW_LIST);
  const [listTried, setListTried] = useState(false);
  const [form, setForm] = useState<SigningFormFields>(EMPTY_SIGNING_FORM);
  const [tried, setTried] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [signedForm, setSignedForm] = useState<File | null>(null);
  /** Changed after each saved form, to empty the file input (a file input's value cannot be set). */
  const [fileInputKey, setFileInputKey] = useState(0);
  const listSubmit = useSubmit();
  const formSubmit = useSubmit();
  const runCreateList = useMutation(DeskCreateCandidateListDocument);
  const runAddSignatory = useMutation(DeskAddSignatoryDocument);

  const found = commune.data?.collectivity ?? null;
  const lists = found?.candidateLists ?? [];
  const problems = found ? checkSigningForm(form, listId, found.name) : {};
  const listProblems = found ? checkNewList(newList, found.id) : {};
  const listError = (field: keyof typeof newList) => {
    const problem = listProblems[field];
    return listTried && problem ? ruleMessage(problem) : null;
  };
  const error = (field: TextField) => {
    const problem = problems[field];
    return tried && problem ? ruleMessage(problem) : null;
  };

  function search(e: FormEvent) {
    e.preventDefault();
    setSearched(code.trim().toUpperCase());
    setListId('');
    setSaved(null);
  }

  async function createList(e: FormEvent) {
    e.preventDefault();
    setListTried(true);
    // Only what the user typed can be put right here; anything else the API answers, and FormError shows it.
    if (!found || listSubmit.pending || listProblems.name || listProblems.headOfList) return;
    await listSubmit.submit(async () => {
      const result = await runCreateList({ input: newListInput(newList, found.id) });
      setListId(result.createCandidateList.id);
      setNewList(EMPTY_NEW_LIST);
      setListTried(false);
      commune.refetch();
    });
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    setSaved(null);
    if (!found || formSubmit.pending || Object.values(problems).some(Boolean)) return;
    const input = signingFormInput(form, listId, found.name);
    if (
      await formSubmit.submit(async () => {
        if (signedForm) await enterWithSignedForm(input, signedForm);
        else await runAddSignatory({ input });
      })
    ) {
      const name = `${input.firstName} ${input.lastName}`;
      setSaved(t(signedForm ? 'desk.signing.savedWithFile' : 'desk.signing.saved', { ofName: ofName(name) }));
      setForm(EMPTY_SIGNING_FORM);
      setSignedForm(null);
      setFileInputKey((k) => k + 1);
      setTried(false);
      commune.refetch();
    }
  }

  return (
    <section className="section" aria-labelledby="desk-signing" data-testid="desk-signing-form">
      <h2 id="desk-signing">{t('desk.signing.title')}</h2>
      <p>{t('desk.signing.intro')}</p>
      <form className="form form-inline" onSubmit={search}>
        <Field label={t('desk.signing.communeCode')} hint={t('desk.signing.communeCodeHint')}>
          <input value={code} maxLength={5} onChange={(e) => setCode(e.target.value)} />
        </Field>
        <button type="submit" className="button button-secondary">
          {t('desk.signing.find')}
        </button>
      </form>
      {searched && commune.error && <FormError error={commune.error} />}
      {found && (
        <>
          <p>
            <strong>{t('desk.signing.commune', { name: found.name, code: found.code })}</strong>
          </p>
          <form className="form form-inline" onSubmit={createList} noValidate>
            <Field label={t('desk.signing.newListName')} error={listError('name')}>
              <input value={newList.name} onChange={(e) => setNewList({ ...newList, name: e.target.value })} />
            </Field>
            <Field label={t('desk.signing.newListHead')} error={listError('headOfList')}>
              <input
                value={newList.headOfList}
                onChange={(e) => setNewList({ ...newList, headOfList: e.target.value })}
              />
            </Field>
            <button type="submit" className="button button-secondary" aria-disabled={listSubmit.pending}>
              {t('desk.signing.createList')}
            </button>
          </form>
          <FormError error={listSubmit.error} />
          <form className="form" onSubmit={save} noValidate>
            <Field
              label={t('desk.signing.list')}
              error={tried && problems.candidateListId ? ruleMessage('REQUIRED') : null}
            >
              <select value={listId} onChange={(e) => setListId(e.target.value)}>
                <option value="">{t('desk.signing.chooseList')}</option>
                {lists.map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.headOfList ? `${l.name} (${l.headOfList})` : l.name}
                  </option>
                ))}
              </select>
            </Field>
            <fieldset>
              <legend>{t('desk.signing.scope')}</legend>
              {SIGNATURE_SCOPES.map((scope) => (
                <label key={scope} className="radio">
                  <input
                    type="radio"
                    name="scope"
                    value={scope}
                    checked={form.scope === scope}
                    onChange={() => setForm({ ...form, scope })}
                  />{' '}
                  {t(`desk.signing.scope.${scope}`)}
                </label>
              ))}
            </fieldset>
            {TEXT_FIELDS.map((f) => (
              <Field
                key={f.name}
                label={t(`desk.signing.field.${f.name}`)}
                hint={f.private ? t('desk.signing.private') : undefined}
                error={error(f.name)}
              >
                <input
                  type={f.type ?? 'text'}
                  value={form[f.name]}
                  onChange={(e) => setForm({ ...form, [f.name]: e.target.value })}
                />
              </Field>
            ))}
            <Field label={t('desk.signing.signedForm')} hint={t('desk.signing.signedFormHint')}>
              <input
                key={fileInputKey}
                type="file"
                accept=".pdf,application/pdf"
                onChange={(e) => setSignedForm(e.target.files?.[0] ?? null)}
              />
            </Field>
            <FormError error={formSubmit.error} />
            <div className="form-actions">
              <button type="submit" className="button" aria-disabled={formSubmit.pending}>
                {t('desk.signing.submit')}
              </button>
              <span role="status" className="muted">
                {saved ?? ''}
              </span>
            </div>
          </form>
          <SignedFormAttach lists={lists} onAttached={() => commune.refetch()} />
        </>
      )}
    </section>
  );
}
