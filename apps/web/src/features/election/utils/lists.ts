import type { CollectivityElectionQuery, ListOutcome } from '../../../generated/graphql';

export type CandidateList = CollectivityElectionQuery['collectivity']['candidateLists'][number];
export type Signatory = CandidateList['signatories'][number];

export interface ElectionGroup {
  code: string;
  name: string;
  firstRoundDate: string;
  secondRoundDate: string | null;
  lists: CandidateList[];
}

const OUTCOME_ORDER: Record<ListOutcome, number> = { MAJORITY: 0, OPPOSITION: 1, NOT_ELECTED: 2, PENDING: 3 };

/** Lists by election (newest first); in each, the winner first, then opposition, not elected, pending; then by name. */
export function groupListsByElection(lists: ReadonlyArray<CandidateList>): ElectionGroup[] {
  const groups = new Map<string, ElectionGroup>();
  for (const list of lists) {
    const e = list.election;
    const group = groups.get(e.code) ?? {
      code: e.code,
      name: e.name,
      firstRoundDate: e.firstRoundDate,
      secondRoundDate: e.secondRoundDate,
      lists: [],
    };
    group.lists.push(list);
    groups.set(e.code, group);
  }
  return [...groups.values()]
    .sort((a, b) => b.firstRoundDate.localeCompare(a.firstRoundDate))
    .map((g) => ({
      ...g,
      lists: g.lists.sort(
        (a, b) => OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome] || a.name.localeCompare(b.name, 'fr'),
      ),
    }));
}

/** Signatories in list order (position on the list; unknown positions last, by name). */
export function sortSignatories(signatories: ReadonlyArray<Signatory>): Signatory[] {
  return [...signatories].sort(
    (a, b) =>
      (a.positionOnList ?? Number.MAX_SAFE_INTEGER) - (b.positionOnList ?? Number.MAX_SAFE_INTEGER) ||
      a.lastName.localeCompare(b.lastName, 'fr') ||
      a.firstName.localeCompare(b.firstName, 'fr'),
  );
}

/**
 * Whether a signatory was elected: as recorded, else what the list's result settles — nobody on a list that won no
 * seat, and the head of a list that won seats (its first seat goes to position 1); else not known yet (null).
 */
export function isElected(list: Pick<CandidateList, 'outcome'>, s: Signatory): boolean | null {
  if (s.elected !== null) return s.elected;
  if (list.outcome === 'NOT_ELECTED') return false;
  if ((list.outcome === 'MAJORITY' || list.outcome === 'OPPOSITION') && s.positionOnList === 1) return true;
  return null;
}

/** How many signatories of a list were elected, and how many results are still unknown. */
export function electedCount(list: Pick<CandidateList, 'outcome' | 'signatories'>): {
  elected: number;
  unknown: number;
} {
  const known = list.signatories.map((s) => isElected(list, s));
  return { elected: known.filter((e) => e === true).length, unknown: known.filter((e) => e === null).length };
}

/** The head of the list: as recorded, else its signatory in position 1; null when neither is known. */
export function headOfList(list: Pick<CandidateList, 'headOfList' | 'signatories'>): string | null {
  if (list.headOfList) return list.headOfList;
  const first = list.signatories.find((s) => s.positionOnList === 1);
  return first ? `${first.firstName} ${first.lastName}` : null;
}
