import { defaultProgress, ProgressStatus } from '../progress-status';

/**
 * Confirming a status a migration stage proposes never lowers the action's %: the proposed status's default % applies
 * (no override), unless the % declared today is higher, which is then kept as an explicit %. An action that takes no
 * % (NOT_APPLICABLE) keeps none.
 *
 * `current` is the action's effective % today (its override, else its status's default); returns the % the action
 * will show (`percent`) and the `progress` to send to updateActionProgress (null: the status's default).
 */
export function confirmedProgress(
  current: number | null,
  to: ProgressStatus,
): { percent: number | null; progress: number | null } {
  const byDefault = defaultProgress(to);
  if (current !== null && byDefault !== null && current > byDefault) return { percent: current, progress: current };
  return { percent: byDefault, progress: null };
}
