import { LocalizedText, makeGuard } from './i18n';

/** The kinds of collectivity the referential holds (communes, the four kinds of EPCI, syndicats, départements, régions). */
export const COLLECTIVITY_KINDS = [
  'COMMUNE',
  'COMMUNAUTE_DE_COMMUNES',
  'COMMUNAUTE_D_AGGLOMERATION',
  'COMMUNAUTE_URBAINE',
  'METROPOLE',
  'SYNDICAT',
  'DEPARTEMENT',
  'REGION',
] as const;
export type CollectivityKind = (typeof COLLECTIVITY_KINDS)[number];
export const isCollectivityKind = makeGuard(COLLECTIVITY_KINDS);

/** LIST_MAJORITY: a signing list won the majority; COUNCIL_DELIBERATION: the council adopted the pact. */
export const COMMITMENT_SOURCES = ['LIST_MAJORITY', 'COUNCIL_DELIBERATION'] as const;
export type CommitmentSource = (typeof COMMITMENT_SOURCES)[number];
export const isCommitmentSource = makeGuard(COMMITMENT_SOURCES);

/**
 * Candidate lists stand only in communes: municipal councils are the only councils of the list this product follows
 * elected on their own ballot (an EPCI's councillors come from its communes' lists, through the "fléchage").
 */
export function holdsCandidateLists(kind: CollectivityKind): boolean {
  return kind === 'COMMUNE';
}

/**
 * How a collectivity of this kind can commit. Candidate lists stand only in communes, so only a commune is committed
 * by a signing list that wins the majority; an EPCI (its councillors are not elected on its own ballot), a syndicat,
 * a département or a région commits by its council's deliberation.
 */
export function commitmentSourcesFor(kind: CollectivityKind): readonly CommitmentSource[] {
  return holdsCandidateLists(kind) ? COMMITMENT_SOURCES : ['COUNCIL_DELIBERATION'];
}

export const COMMITMENT_SOURCE_LABELS: Record<CommitmentSource, LocalizedText> = {
  LIST_MAJORITY: { fr: 'Liste signataire majoritaire', en: 'Signing list won the majority' },
  COUNCIL_DELIBERATION: { fr: 'Délibération du conseil', en: 'Council deliberation' },
};
