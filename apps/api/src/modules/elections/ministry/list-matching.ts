import { foldForSearch } from '../../../common/text/normalize';

/** The words of a person's or a list's name, without accents, case, hyphens or punctuation. */
function words(name: string): string[] {
  return foldForSearch(name).split(' ').filter(Boolean);
}

/** The same person's name, whatever the order of first and last names: "DUPONT-MARTIN Zoé" = "Zoé Dupont Martin". */
export function sameName(a: string, b: string): boolean {
  const x = words(a).sort();
  const y = words(b).sort();
  return x.length > 0 && x.length === y.length && x.every((w, i) => w === y[i]);
}

/** True when every word of `part` is among the words of `whole` (a last name within a full name). */
function within(part: string, whole: string): boolean {
  const have = new Set(words(whole));
  const need = words(part);
  return need.length > 0 && need.every((w) => have.has(w));
}

/** A list of the commune the result may be: its name, and who heads it (the head of list, the list's signatories). */
export interface MatchCandidate {
  id: string;
  name: string;
  heads: readonly string[];
}

export interface ListIdentity {
  listName: string;
  headLastName: string;
  headFirstName: string;
}

export type ListMatch =
  | { kind: 'CERTAIN'; id: string }
  | { kind: 'UNCERTAIN'; candidates: { id: string; score: number }[] }
  | { kind: 'NONE' };

/** 1 for the same head of list, 0.5 when only the last name is found, else 0. */
function headScore(result: ListIdentity, heads: readonly string[]): number {
  const full = `${result.headFirstName} ${result.headLastName}`;
  if (heads.some((h) => sameName(h, full))) return 1;
  return result.headLastName && heads.some((h) => within(result.headLastName, h)) ? 0.5 : 0;
}

/** 1 for the same list name, 0.5 when one name holds the other's words ("Vivre ensemble" / "Vivre ensemble à X"). */
function nameScore(a: string, b: string): number {
  if (foldForSearch(a) === foldForSearch(b) && foldForSearch(a) !== '') return 1;
  return within(a, b) || within(b, a) ? 0.5 : 0;
}

/**
 * Which list of the commune a Ministry list is. Certain only when one list has the same head of list (names compared
 * without accents, case or hyphens, in any order) and the same name or one holding the other; any weaker sign (the
 * head's last name only, the name only, or two lists that fit) is uncertain, for a moderator to decide.
 */
export function matchList(result: ListIdentity, candidates: readonly MatchCandidate[]): ListMatch {
  const scored = candidates
    .map((c) => ({ id: c.id, head: headScore(result, c.heads), name: nameScore(result.listName, c.name) }))
    .filter((s) => s.head > 0 || s.name > 0)
    .map((s) => ({ ...s, score: (s.head + s.name) / 2 }))
    .sort((a, b) => b.score - a.score);
  if (scored.length === 0) return { kind: 'NONE' };
  const certain = scored.filter((s) => s.head === 1 && s.name > 0);
  if (certain.length === 1 && scored.filter((s) => s.score >= certain[0].score).length === 1) {
    return { kind: 'CERTAIN', id: certain[0].id };
  }
  return { kind: 'UNCERTAIN', candidates: scored.map(({ id, score }) => ({ id, score })) };
}
