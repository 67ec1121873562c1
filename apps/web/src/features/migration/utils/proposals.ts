import { confirmedProgress, defaultProgress, type ProgressStatus } from '@pacte/pact';

export interface Proposal {
  commitmentId: string;
  actionCode: string;
  from: ProgressStatus;
  to: ProgressStatus;
}

export interface ProposalRow extends Proposal {
  /** The action's effective % today (its override, else its status default); null when not applicable. */
  currentPercent: number | null;
  /** The % once confirmed (the rulebook's `confirmedProgress`: a proposal never lowers a %). */
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
    return { ...p, currentPercent, proposedPercent: confirmedProgress(currentPercent, p.to).percent };
  });
}

/** The input of updateActionProgress that confirms a proposal (the rulebook's `confirmedProgress`). */
export function confirmInput(p: ProposalRow) {
  return {
    commitmentId: p.commitmentId,
    actionCode: p.actionCode,
    status: p.to,
    progress: confirmedProgress(p.currentPercent, p.to).progress,
  };
}
