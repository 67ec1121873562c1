import { UpdateMilestoneDocument } from '../../../generated/graphql';
import { FormError, useSubmit } from '../../../components/ui';
import { useMutation } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { useEditing } from '../hooks/useEditing';

/** In an action's milestone list, for its members: mark a planned milestone reached (or a reached one planned again). */
export function MilestoneReachedButton({ milestone }: { milestone: { id: string; title: string; reached: boolean } }) {
  const { t } = useI18n();
  const { abilities } = useEditing();
  const { pending, error, submit } = useSubmit();
  const runUpdateMilestone = useMutation(UpdateMilestoneDocument);
  if (!abilities.manageMilestones) return null;

  async function toggle() {
    if (pending) return;
    await submit(async () => {
      await runUpdateMilestone({ input: { milestoneId: milestone.id, reached: !milestone.reached } });
    });
  }

  return (
    <>
      {' '}
      <button type="button" className="button button-secondary button-small" aria-disabled={pending} onClick={toggle}>
        {milestone.reached ? t('edit.milestone.markPlanned') : t('edit.milestone.markReached')}
        <span className="visually-hidden"> : {milestone.title}</span>
      </button>
      <FormError error={error} />
    </>
  );
}
