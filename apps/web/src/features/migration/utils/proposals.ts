import { defaultProgress, type ProgressStatus } from '@pacte/pact';

export interface Proposal {
  commitmentId: string;
  actionCode: string;
  from: ProgressStatus;
  to: ProgressStatus;
}

export interface ProposalRow extends Proposal {
  /** The action's effective % today (its override, else its status default); null when not applicable. */
  currentPercent: number | null;
  /**
   * The % once confirmed: the proposed status's default, or the current % when it is higher (a stage that moves an
   * action forward never lowers what was declared by hand).
   */
  proposedPercent: number | null;
}

/** Each proposal with the action's current % (from the commitment's progress) and the % it would get. */
export function proposalRows(
  proposals: readonly Proposal[],
  progress: readonly { actionCode: string; progress?: number | null }[],
): ProposalRow[] {
  const percentOf = new Map(progress.map((p) => [p.actionCode, p.progress ?? null]));
  return proposals.map((p) => {
    const currentPercent = percentOf.has(p.actionCode) ? percentOf.get(p.actionCode)! : defaultProgress(p.from);
    const byDefault = defaultProgress(p.to);
    return {
      ...p,
      currentPercent,
      proposedPercent: keepsCurrent(currentPercent, byDefault) ? currentPercent : byDefault,
    };
  });
}

/** The current % stays when the proposed status's default would lower it (and the status takes a %). */
function keepsCurrent(current: number | null, byDefault: number | null): current is number {
  return current !== null && byDefault !== null && current > byDefault;
}

/**
 * The input of updateActionProgress that confirms a proposal: the proposed status, at its default % (no override),
 * or at the current % when that is higher.
 */
export function confirmInput(p: ProposalRow) {
  const keep = keepsCurrent(p.currentPercent, defaultProgress(p.to));
  return {
    commitmentId: p.commitmentId,
    actionCode: p.actionCode,
    status: p.to,
    progress: keep ? p.currentPercent : null,
  };
}
