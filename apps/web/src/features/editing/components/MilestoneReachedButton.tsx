import { UpdateMilestoneDocument } from '../../../generated/graphql';
import { ConflictNotice, FormError, useSubmit, withoutConflict } from '../../../components/ui';
import { useMutation } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { useEditing } from '../hooks/useEditing';

/** In an action's milestone list, for its members: mark a planned milestone reached (or a reached one planned again). */
export function MilestoneReachedButton({
  milestone,
}: {
  milestone: { id: string; title: string; reached: boolean; version: number };
}) {
  const { t } = useI18n();
  const { abilities, reload } = useEditing();
  const { pending, error, submit, dismissError } = useSubmit();
  const runUpdateMilestone = useMutation(UpdateMilestoneDocument);
  if (!abilities.manageMilestones) return null;

  async function send(reached: boolean, expectedVersion: number) {
    if (pending) return;
    await submit(async () => {
      await runUpdateMilestone({ input: { milestoneId: milestone.id, reached, expectedVersion } });
    });
  }

  return (
    <>
      {' '}
      <button
        type="button"
        className="button button-secondary button-small"
        aria-disabled={pending}
        onClick={() => void send(!milestone.reached, milestone.version)}
      >
        {milestone.reached ? t('edit.milestone.markPlanned') : t('edit.milestone.markReached')}
        <span className="visually-hidden"> : {milestone.title}</span>
      </button>
      <ConflictNotice
        error={error}
        fields={(current) => [
          [t('edit.milestone.name'), String(current.title)],
          [
            t('edit.milestone.state'),
            t(current.reached ? 'collectivity.action.reached' : 'collectivity.action.planned'),
          ],
        ]}
        pending={pending}
        onReapply={(version) => void send(!milestone.reached, version)}
        onKeep={() => (dismissError(), reload())}
      />
      <FormError error={withoutConflict(error)} />
    </>
  );
}
