import type { ReactNode } from 'react';
import { FollowCollectivityDocument, UnfollowCollectivityDocument } from '../../../generated/graphql';
import { useMutation } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';

/**
 * For a followed collectivity: turn its weekly digest on or off, or stop following it. `change` runs the request
 * (the cache then refreshes what the caller shows); `name`, when several collectivities are listed, goes into the buttons'
 * accessible names so that each says which one it acts on. `children` go beside the buttons.
 */
export function FollowButtons({
  collectivityId,
  digest,
  pending,
  change,
  name,
  children,
}: {
  collectivityId: string;
  digest: boolean;
  pending: boolean;
  change(run: () => Promise<unknown>): void;
  name?: string;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const runFollowCollectivity = useMutation(FollowCollectivityDocument);
  const runUnfollowCollectivity = useMutation(UnfollowCollectivityDocument);
  return (
    <div className="form-actions">
      <button
        type="button"
        className="button button-secondary"
        aria-disabled={pending}
        aria-label={
          name ? t(digest ? 'account.follows.digestOffFor' : 'account.follows.digestOnFor', { name }) : undefined
        }
        onClick={() => change(() => runFollowCollectivity({ input: { collectivityId, digest: !digest } }))}
      >
        {digest ? t('follow.turnDigestOff') : t('follow.turnDigestOn')}
      </button>
      <button
        type="button"
        className="button button-secondary"
        aria-disabled={pending}
        aria-label={name ? t('account.follows.unfollowFor', { name }) : undefined}
        onClick={() => change(() => runUnfollowCollectivity({ collectivityId }))}
      >
        {t('follow.unfollow')}
      </button>
      {children}
    </div>
  );
}
