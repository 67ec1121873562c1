import { commitmentDeclarationSchema, commitmentSourcesFor, declarationNeedsDocument } from '@pacte/pact';
import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import {
  DeclarableListsDocument,
  DeclareCommitmentDocument,
  MyDeclarationsDocument,
  type CollectivityKind,
} from '../../../generated/graphql';
import { Field, FormError, useSubmit } from '../../../components/ui';
import { useMutation, useQuery, useReload } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { formProblems, useRuleMessage } from '../../../lib/rules';
import { useSession } from '../../account';
import { declarationInput, declareWithFile, type DeclarationForm } from '../utils/declaration';

const EMPTY: DeclarationForm = {
  source: 'COUNCIL_DELIBERATION',
  candidateListId: '',
  deliberationNumber: '',
  deliberationDate: '',
  documentUrl: '',
  note: '',
};

/**
 * On the page of a collectivity that is not committed: the signed-in user's declarations there (pending, accepted,
 * or refused with the moderator's reason), and a form to declare that it committed: a signing list won (communes
 * only, among the commune's lists that signed as a list) or the council adopted the pact (number, date, and the
 * document's address or file). The declaration waits in the campaign's review queue.
 */
export function DeclareCommitment({
  collectivityId,
  kind,
  name,
}: {
  collectivityId: string;
  kind: CollectivityKind;
  name: string;
}) {
  const { t, formatDate } = useI18n();
  const { me } = useSession();
  const location = useLocation();
  const signedIn = Boolean(me);
  const mine = useQuery(MyDeclarationsDocument, {}, { skip: !signedIn });
  const reloadMine = useReload(MyDeclarationsDocument, {});
  const sources = commitmentSourcesFor(kind);
  const lists = useQuery(DeclarableListsDocument, { id: collectivityId }, { skip: !signedIn || sources.length < 2 });
  const runDeclare = useMutation(DeclareCommitmentDocument);
  const ruleMessage = useRuleMessage();
  const { pending, error, done, submit } = useSubmit();
  const [form, setForm] = useState<DeclarationForm>(EMPTY);
  const [file, setFile] = useState<File | null>(null);
  const [tried, setTried] = useState(false);

  if (me === undefined) return null;
  const heading = (
    <h3 id="declare-heading" className="declare-title">
      {t('declare.title')}
    </h3>
  );
  if (me === null) {
    return (
      <div className="declare" aria-labelledby="declare-heading">
        {heading}
        <p>
          <Link to="/connexion" state={{ from: location.pathname }}>
            {t('declare.signIn')}
          </Link>
        </p>
      </div>
    );
  }
  const here = (mine.data?.me?.declarations ?? []).filter((d) => d.collectivity.id === collectivityId);
  const waiting = here.some((d) => d.status === 'PENDING');
  const signingLists = (lists.data?.collectivity.candidateLists ?? []).filter((l) => l.signedAsList);
  const input = declarationInput(collectivityId, form);
  const problems = formProblems<DeclarationForm>(commitmentDeclarationSchema, input);
  const needsDocument = declarationNeedsDocument(input, Boolean(file));
  const set = (field: keyof DeclarationForm) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [field]: e.target.value }));
  const shown = (field: keyof DeclarationForm) => (tried && problems[field] ? ruleMessage(problems[field]) : null);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (pending || Object.keys(problems).length > 0 || needsDocument) return;
    const ok = await submit(async () => {
      if (file && input.source === 'COUNCIL_DELIBERATION') await declareWithFile(input, file);
      else await runDeclare({ input });
    });
    if (ok) {
      reloadMine();
      setForm(EMPTY);
      setFile(null);
      setTried(false);
    }
  }

  return (
    <div className="declare" aria-labelledby="declare-heading" data-testid="declare-commitment">
      {heading}
      {here.length > 0 && (
        <ul className="my-declarations" data-testid="my-declarations">
          {here.map((d) => (
            <li key={d.id} className={d.status === 'REFUSED' ? 'notice notice-warning' : 'notice notice-info'}>
              {t(`declare.mine.${d.status}`, { date: formatDate(d.createdAt), reason: d.reason ?? '' })}
            </li>
          ))}
        </ul>
      )}
      {done && (
        <p role="status" className="notice notice-info">
          {t('declare.sent')}
        </p>
      )}
      {!waiting && (
        <>
          <p>{t('declare.intro', { name })}</p>
          <form onSubmit={onSubmit} className="form" noValidate>
            {sources.length > 1 && (
              <fieldset>
                <legend>{t('declare.source')}</legend>
                {sources.map((s) => (
                  <label key={s} className="radio">
                    <input
                      type="radio"
                      name="declare-source"
                      value={s}
                      checked={form.source === s}
                      onChange={() => setForm((f) => ({ ...f, source: s }))}
                    />{' '}
                    {t(`declare.source.${s}`)}
                  </label>
                ))}
              </fieldset>
            )}
            {form.source === 'LIST_MAJORITY' ? (
              signingLists.length === 0 ? (
                <p className="notice notice-warning">{t('declare.noSigningList')}</p>
              ) : (
                <Field label={t('declare.list')} error={shown('candidateListId')}>
                  <select value={form.candidateListId} onChange={set('candidateListId')}>
                    <option value="">—</option>
                    {signingLists.map((l) => (
                      <option key={l.id} value={l.id}>
                        {t('declare.listOption', { list: l.name, head: l.headOfList ?? t('common.notAvailable') })}
                      </option>
                    ))}
                  </select>
                </Field>
              )
            ) : (
              <>
                <Field label={t('declare.number')} error={shown('deliberationNumber')}>
                  <input value={form.deliberationNumber} onChange={set('deliberationNumber')} maxLength={64} />
                </Field>
                <Field label={t('declare.date')} error={shown('deliberationDate')}>
                  <input type="date" value={form.deliberationDate} onChange={set('deliberationDate')} />
                </Field>
                <Field
                  label={t('declare.url')}
                  hint={t('declare.urlHint')}
                  error={shown('documentUrl') ?? (tried && needsDocument ? ruleMessage('DOCUMENT_REQUIRED') : null)}
                >
                  <input type="url" value={form.documentUrl} onChange={set('documentUrl')} />
                </Field>
                <Field label={t('declare.file')} hint={t('declare.fileHint')}>
                  <input
                    type="file"
                    accept=".pdf,.odt,.ods,.odp,.png,.jpg,.jpeg"
                    onChange={(e) => setFile(e.target.files?.[0] ?? null)}
                  />
                </Field>
              </>
            )}
            <Field label={t('declare.note')} error={shown('note')}>
              <textarea value={form.note} onChange={set('note')} rows={3} maxLength={2000} />
            </Field>
            <div className="form-actions">
              <button type="submit" className="button" aria-disabled={pending}>
                {t('declare.submit')}
              </button>
            </div>
            <FormError error={error} />
          </form>
        </>
      )}
    </div>
  );
}
