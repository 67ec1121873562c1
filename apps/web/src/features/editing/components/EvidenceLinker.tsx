import { useState, type FormEvent } from 'react';
import { LinkEvidenceDocument } from '../../../generated/graphql';
import { ConflictNotice, Field, FormActions, useSubmit, withoutConflict } from '../../../components/ui';
import { useMutation } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { useEditing } from '../hooks/useEditing';

/** In an action's evidence list, for its members: link this evidence to one more action of the commitment. */
export function EvidenceLinker({
  evidence,
}: {
  evidence: { id: string; title: string; actionCodes: string[]; version: number };
}) {
  const { t } = useI18n();
  const { abilities, commitmentId, actionCodes, reload } = useEditing();
  const others = actionCodes.filter((code) => !evidence.actionCodes.includes(code));
  const [chosen, setChosen] = useState('');
  const { pending, error, done, submit, dismissError } = useSubmit();
  const runLinkEvidence = useMutation(LinkEvidenceDocument);
  if (!abilities.manageEvidence || others.length === 0) return null;
  // After a link the list shrinks: fall back to its first action.
  const actionCode = others.includes(chosen) ? chosen : others[0];

  async function send(expectedVersion: number) {
    await submit(async () => {
      await runLinkEvidence({
        input: { evidenceId: evidence.id, commitmentId, actionCodes: [actionCode], expectedVersion },
      });
    });
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (pending) return;
    await send(evidence.version);
  }

  return (
    <details className="evidence-link">
      <summary>
        {t('edit.evidence.link')}
        <span className="visually-hidden"> : {evidence.title}</span>
      </summary>
      <form noValidate onSubmit={onSubmit} className="form form-inline" aria-label={t('edit.evidence.link')}>
        <Field label={t('edit.evidence.linkAction')}>
          <select value={actionCode} onChange={(e) => setChosen(e.target.value)}>
            {others.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </Field>
        <ConflictNotice
          error={error}
          fields={(current) => [[t('edit.evidence.actions'), ((current.actionCodes as string[]) ?? []).join(', ')]]}
          pending={pending}
          onReapply={(version) => void send(version)}
          onKeep={() => (dismissError(), reload())}
        />
        <FormActions
          submitLabel={t('edit.evidence.linkSubmit')}
          pending={pending}
          error={withoutConflict(error)}
          done={done}
        />
      </form>
    </details>
  );
}
