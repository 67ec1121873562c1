import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FollowCollectivityDocument, MyFollowsDocument } from '../../../generated/graphql';
import { CheckField, FormActions, FormError, useSubmit } from '../../../components/ui';
import { useMutation, useQuery } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { useSession } from '../hooks/useSession';
import { FollowButtons } from './FollowButtons';

/**
 * On a collectivity page, for a signed-in user: follow it (with or without the weekly e-mail digest), change the
 * digest, or stop following. Whether the user follows it comes from `me.following`, which only they can read.
 */
export function FollowCollectivity({ collectivityId, name }: { collectivityId: string; name: string }) {
  const { t } = useI18n();
  const { me } = useSession();
  const signedIn = Boolean(me);
  const follows = useQuery(MyFollowsDocument, {}, { skip: !signedIn, keepPreviousData: true });
  const follow = follows.data?.me?.following.find((f) => f.collectivity.id === collectivityId);
  const followed = Boolean(follow);
  const [digest, setDigest] = useState(false);
  const { pending, error, submit } = useSubmit();
  const runFollowCollectivity = useMutation(FollowCollectivityDocument);
  const status = useRef<HTMLParagraphElement>(null);
  const acted = useRef(false);
  useEffect(() => {
    // Following or unfollowing replaces the button that was pressed: focus goes to the sentence saying the new state.
    if (acted.current && (document.activeElement === document.body || document.activeElement === null)) {
      status.current?.focus();
    }
  }, [followed]);
  if (!signedIn || (!follows.data && !follows.error)) return null;

  const change = async (run: () => Promise<unknown>) => {
    if (pending) return;
    acted.current = true;
    await submit(async () => void (await run()));
  };
  const followIt = (e: FormEvent) => {
    e.preventDefault();
    void change(() => runFollowCollectivity({ input: { collectivityId, digest } }));
  };

  return (
    <section className="card follow" aria-labelledby="follow-heading" data-testid="follow">
      <h2 id="follow-heading">{t('follow.title')}</h2>
      <FormError error={follows.error} />
      <p role="status" ref={status} tabIndex={-1} data-testid="follow-state">
        {follow ? (
          <>
            <strong>{t('follow.following', { name })}</strong>{' '}
            {follow.digest ? t('follow.digestOn') : t('follow.digestOff')}
          </>
        ) : (
          t('follow.intro', { name })
        )}
      </p>
      {follow ? (
        <>
          <FollowButtons
            collectivityId={collectivityId}
            digest={follow.digest}
            pending={pending}
            change={(run) => void change(run)}
          />
          <FormError error={error} />
        </>
      ) : (
        <form noValidate onSubmit={followIt} className="form" aria-labelledby="follow-heading">
          <CheckField label={t('follow.digest')} checked={digest} onChange={setDigest} />
          <FormActions submitLabel={t('follow.submit')} pending={pending} error={error} />
        </form>
      )}
    </section>
  );
}
