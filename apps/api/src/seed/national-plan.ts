/**
 * The national dataset of issue 12, at scale 1: what a busy national instance holds a few months after the 2026
 * municipal elections. `--scale` multiplies every count but the referential (which is always whole).
 */
export const NATIONAL_COUNTS = {
  candidateLists: 49_868,
  signingLists: 5_000,
  signatories: 29_852,
  commitments: 1_500,
  epciCommitments: 100,
  milestones: 59_393,
  evidence: 199_113,
  evidenceLinks: 299_028,
  history: 1_957_651,
  progressChanges: 1_500_000,
} as const;

/** The share of communes' commitments that come from a list that won (the rest from a council deliberation). */
export const LIST_MAJORITY_SHARE = 0.6;

export interface NationalPlan {
  scale: number;
  candidateLists: number;
  signingLists: number;
  signatories: number;
  commitments: number;
  epciCommitments: number;
  listMajorityCommitments: number;
  progressRows: number;
  milestones: number;
  evidence: number;
  evidenceLinks: number;
  /** History entries, in all. */
  history: number;
  /** Of which: progress changes (creations and updates of action progress). */
  progressChanges: number;
  progressUpdates: number;
  milestoneUpdates: number;
}

/**
 * The counts for a scale and a history size (default: the national history at that scale). Every record written is
 * one history entry (its creation); the winning lists get one more (their outcome); the rest of the history is
 * progress updates (about 77 % of it, as on the national instance) and milestone updates.
 */
export function planNational(scale: number, history?: number, actionsPerCommitment = 31): NationalPlan {
  if (!(scale > 0) || scale > 10) throw new Error(`--scale must be in (0, 10], not ${scale}`);
  const scaled = (n: number, min = 1) => Math.max(min, Math.round(n * scale));
  const commitments = scaled(NATIONAL_COUNTS.commitments, 2);
  const epciCommitments = Math.min(commitments - 1, scaled(NATIONAL_COUNTS.epciCommitments));
  const listMajorityCommitments = Math.round((commitments - epciCommitments) * LIST_MAJORITY_SHARE);
  const candidateLists = Math.max(listMajorityCommitments, scaled(NATIONAL_COUNTS.candidateLists));
  const signingLists = Math.min(
    candidateLists,
    Math.max(listMajorityCommitments, scaled(NATIONAL_COUNTS.signingLists)),
  );
  const signatories = Math.max(signingLists, scaled(NATIONAL_COUNTS.signatories));
  const evidence = scaled(NATIONAL_COUNTS.evidence);
  const evidenceLinks = Math.max(evidence, scaled(NATIONAL_COUNTS.evidenceLinks));
  const milestones = scaled(NATIONAL_COUNTS.milestones);
  const progressRows = commitments * actionsPerCommitment;
  const total = history ?? scaled(NATIONAL_COUNTS.history);
  const creations =
    candidateLists + signatories + listMajorityCommitments + commitments + progressRows + milestones + evidence;
  if (total < creations) {
    throw new Error(`--history must be at least ${creations} at scale ${scale} (one entry per record created)`);
  }
  const progressTarget = Math.round((total * NATIONAL_COUNTS.progressChanges) / NATIONAL_COUNTS.history);
  let progressUpdates = Math.max(0, progressTarget - progressRows);
  let milestoneUpdates = total - creations - progressUpdates;
  if (milestoneUpdates < 0) {
    progressUpdates += milestoneUpdates;
    milestoneUpdates = 0;
  }
  return {
    scale,
    candidateLists,
    signingLists,
    signatories,
    commitments,
    epciCommitments,
    listMajorityCommitments,
    progressRows,
    milestones,
    evidence,
    evidenceLinks,
    history: total,
    progressChanges: progressRows + progressUpdates,
    progressUpdates,
    milestoneUpdates,
  };
}
