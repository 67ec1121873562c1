import { useState, type ReactNode } from 'react';
import { DecideReviewItemDocument } from '../../../generated/graphql';
import { ConfirmAction, Field, FormError } from '../../../components/ui';
import { useMutation } from '../../../lib/graphql';

/** Accept (with the chosen option, when the kind offers several) or refuse (with a reason) one item. */
export type DecideReview = (
  itemId: string,
  decision: { accept: boolean; reason?: string; choice?: string | null },
) => Promise<boolean>;

/**
 * One queue of the review queue's items of a kind, as the desk shows it: a titled section, "nothing waits" when it is
 * empty, each item as `renderItem` draws it (what to decide, and a `ReviewDecision`), one decision at a time, and
 * what the last decision gave (done, or the API's refusal in plain words). The kind's queries and texts are its own.
 */
export function ReviewQueue<T extends { id: string }>({
  id,
  testId,
  title,
  none,
  decided: decidedText,
  items,
  renderItem,
}: {
  id: string;
  testId: string;
  title: string;
  none: string;
  decided: string;
  items: readonly T[];
  renderItem: (item: T, decide: DecideReview, pending: boolean) => ReactNode;
}) {
  const runDecide = useMutation(DecideReviewItemDocument);
  const [error, setError] = useState<unknown>();
  const [pending, setPending] = useState<string>();
  const [decided, setDecided] = useState(false);

  const decide: DecideReview = async (itemId, { accept, reason, choice }) => {
    if (pending) return false;
    setPending(itemId);
    setError(undefined);
    setDecided(false);
    try {
      await runDecide({ input: { itemId, accept, reason: reason?.trim() || null, choice: choice ?? null } });
      setDecided(true);
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setPending(undefined);
    }
  };

  return (
    <section className="desk-section" aria-labelledby={id} data-testid={testId}>
      <h3 id={id}>{title}</h3>
      {items.length === 0 && <p className="muted">{none}</p>}
      <ul className="pending-roles">{items.map((item) => renderItem(item, decide, pending === item.id))}</ul>
      <p role="status" className="muted">
        {decided ? decidedText : ''}
      </p>
      <FormError error={error} />
    </section>
  );
}

/** The texts of one item's two decisions, in the interface's language. */
export interface DecisionTexts {
  accept: string;
  acceptFor: string;
  confirmAccept: string;
  refuse: string;
  refuseFor: string;
  confirmRefuse: string;
  reason: string;
}

/**
 * Accept and refuse, each after a confirmation; refusing needs a reason (the one who asked reads it). `onAccept`
 * and `onRefuse` answer whether the decision was recorded (the confirmation stays open when it was not).
 */
export function ReviewDecision({
  texts,
  pending,
  canAccept = true,
  onAccept,
  onRefuse,
  acceptDetails,
}: {
  texts: DecisionTexts;
  pending: boolean;
  canAccept?: boolean;
  onAccept: () => Promise<boolean>;
  onRefuse: (reason: string) => Promise<boolean>;
  /** Shown in the acceptance's confirmation (what accepting will do). */
  acceptDetails?: ReactNode;
}) {
  const [reason, setReason] = useState('');
  return (
    <div className="decision-buttons">
      <ConfirmAction
        label={texts.accept}
        accessibleLabel={texts.acceptFor}
        question={texts.confirmAccept}
        pending={pending}
        canConfirm={canAccept}
        onConfirm={onAccept}
      >
        {acceptDetails}
      </ConfirmAction>{' '}
      <ConfirmAction
        secondary
        label={texts.refuse}
        accessibleLabel={texts.refuseFor}
        question={texts.confirmRefuse}
        pending={pending}
        canConfirm={reason.trim().length > 0}
        onConfirm={() => onRefuse(reason)}
      >
        <Field label={texts.reason}>
          <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} maxLength={2000} />
        </Field>
      </ConfirmAction>
    </div>
  );
}
