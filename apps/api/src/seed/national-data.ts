import { EVIDENCE_KINDS, compareActionCodes, getCatalogue, type EvidenceKind } from '@pacte/pact';
import type { NationalPlan } from './national-plan';
import { SeededRandom, WeightedPicker, sampleWithoutReplacement } from './random';

/** Times are seconds after 2026-01-01T00:00:00Z; the history ends on 2026-11-30. */
export const BASE_MS = Date.UTC(2026, 0, 1);
const DAY = 86_400;
export const sec = (isoDate: string) => (Date.parse(`${isoDate}T00:00:00Z`) - BASE_MS) / 1000;
export const isoDay = (s: number) => new Date(BASE_MS + s * 1000).toISOString().slice(0, 10);
export const END = sec('2026-11-30');
const LISTS_FROM = sec('2026-01-05');
const LISTS_TO = sec('2026-03-01');
const SIGNED_BY = sec('2026-03-14');
const MAJORITY_COMMITTED_FROM = sec('2026-04-01');

export interface ReferentialRow {
  id: string;
  kind: string;
  code: string;
  name: string;
  population: number | null;
  postcodes: string[];
}

export interface ListRecord {
  id: string;
  commune: number;
  name: string;
  headOfList: string;
  parties: string[];
  website: string | null;
  createdSec: number;
  majority: boolean;
  signing: boolean;
}
export interface SignatoryRecord {
  id: string;
  list: number;
  scope: 'LIST' | 'PERSONAL';
  position: number;
  lastName: string;
  firstName: string;
  phone: string;
  email: string;
  signedOn: string;
  createdSec: number;
}
export interface CommitmentRecord {
  id: string;
  /** The collectivity, an index into `communes` or (epci) `epcis`. */
  collectivity: number;
  epci: boolean;
  list: number | null;
  deliberationNumber: string | null;
  deliberationDate: string | null;
  committedOn: string;
  createdSec: number;
  /** The opaque id of the fictional IT manager who keeps it up to date (no account: history refers to ids only). */
  editorId: string;
  /** How busy it is: larger collectivities record more. */
  activity: number;
}
export interface MilestoneRecord {
  id: string;
  commitment: number;
  actionCode: string;
  title: string;
  createdSec: number;
}
export interface EvidenceRecord {
  id: string;
  commitment: number;
  kind: EvidenceKind;
  title: string;
  url: string | null;
  actionCodes: string[];
  createdSec: number;
}

export interface NationalRecords {
  actionCodes: string[];
  lists: ListRecord[];
  signatories: SignatoryRecord[];
  commitments: CommitmentRecord[];
  milestones: MilestoneRecord[];
  evidence: EvidenceRecord[];
}

const FIRST_NAMES = ['Camille', 'Dominique', 'Claude', 'Sacha', 'Alix', 'Morgan', 'Lou', 'Eden', 'Noa', 'Charlie'];
const LAST_NAMES = ['Martin', 'Bernard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre', 'Roux'];
const NUANCES = ['LDVG', 'LDVD', 'LDVC', 'LECO', 'LSOC', 'LUG', 'LUD', 'LDIV', 'LREG', 'LCOM', 'LFI', 'LREN'];
const LIST_NAMES = ['Ensemble pour', 'Agir pour', 'Vivre à', 'Demain', 'Un nouvel élan pour', 'Citoyens de'];

const between = (random: SeededRandom, from: number, to: number) => random.int(from, Math.max(from, to));

/**
 * The records of the national dataset, drawn from `random` in a fixed order: the same seed gives the same records.
 * Lists stand in every commune (more in large ones); commitments go to large communes and EPCI first.
 */
export function buildRecords(
  random: SeededRandom,
  plan: NationalPlan,
  communes: readonly ReferentialRow[],
  epcis: readonly ReferentialRow[],
): NationalRecords {
  const actionCodes = getCatalogue('2026').actions.map((a) => a.code);
  const popWeight = (c: ReferentialRow) => Math.max(1, c.population ?? 1);

  // Commitments: communes and EPCI drawn in proportion to their population.
  const committedCommunes = sampleWithoutReplacement(
    random,
    communes.map(popWeight),
    plan.commitments - plan.epciCommitments,
  );
  const committedEpcis = sampleWithoutReplacement(random, epcis.map(popWeight), plan.epciCommitments);
  const majorityCommunes = committedCommunes.slice(0, plan.listMajorityCommitments);

  // Candidate lists: the winning lists of LIST_MAJORITY commitments, one in every other commune while there are
  // enough, the rest in proportion to population^0.7.
  const listCommunes: number[] = [...majorityCommunes];
  const hasList = new Set(majorityCommunes);
  if (plan.candidateLists - listCommunes.length >= communes.length - hasList.size) {
    for (let i = 0; i < communes.length; i += 1) if (!hasList.has(i)) listCommunes.push(i);
  }
  const listPicker = new WeightedPicker(communes.map((c) => popWeight(c) ** 0.7));
  while (listCommunes.length < plan.candidateLists) listCommunes.push(listPicker.pick(random));
  const lists: ListRecord[] = listCommunes.map((commune, i) => {
    const head = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
    return {
      id: random.uuid(),
      commune,
      name: `${random.pick(LIST_NAMES)} ${communes[commune].name}`,
      headOfList: head,
      parties: [random.pick(NUANCES)],
      website: random.next() < 0.3 ? `https://liste-${i + 1}.example.org/` : null,
      createdSec: between(random, LISTS_FROM, LISTS_TO),
      majority: i < majorityCommunes.length,
      signing: i < majorityCommunes.length,
    };
  });

  // Signing lists: the winners, and others drawn by their commune's population.
  const others = sampleWithoutReplacement(
    random,
    lists.map((l, i) => (i < majorityCommunes.length ? 0 : popWeight(communes[l.commune]) ** 0.5)),
    plan.signingLists - majorityCommunes.length,
  );
  for (const i of others) lists[i].signing = true;
  const signingLists = lists.map((l, i) => (l.signing ? i : -1)).filter((i) => i >= 0);
  const perList = new Map<number, number>(signingLists.map((i) => [i, 1]));
  const signPicker = new WeightedPicker(signingLists.map((i) => popWeight(communes[lists[i].commune]) ** 0.5));
  for (let n = signingLists.length; n < plan.signatories; n += 1) {
    const list = signingLists[signPicker.pick(random)];
    perList.set(list, (perList.get(list) ?? 0) + 1);
  }
  const signatories: SignatoryRecord[] = [];
  for (const list of signingLists) {
    const count = perList.get(list) ?? 1;
    for (let position = 1; position <= count; position += 1) {
      const firstName = random.pick(FIRST_NAMES);
      const lastName = random.pick(LAST_NAMES);
      const createdSec = between(random, lists[list].createdSec + 3600, SIGNED_BY);
      signatories.push({
        id: random.uuid(),
        list,
        scope: position === 1 && (lists[list].majority || random.next() < 0.5) ? 'LIST' : 'PERSONAL',
        position,
        firstName,
        lastName,
        phone: `+33 6 00 ${String(random.int(0, 99)).padStart(2, '0')} ${String(random.int(0, 99)).padStart(2, '0')} ${String(random.int(0, 99)).padStart(2, '0')}`,
        email: `${firstName}.${lastName}.${signatories.length + 1}@example.org`.toLowerCase(),
        signedOn: isoDay(createdSec),
        createdSec,
      });
    }
  }

  const commitments: CommitmentRecord[] = [];
  const majorityListOf = new Map(lists.filter((l) => l.majority).map((l, i) => [l.commune, i]));
  for (const [n, commune] of committedCommunes.entries()) {
    const viaList = n < plan.listMajorityCommitments;
    const deliberation = viaList ? null : between(random, sec('2026-04-01'), sec('2026-09-30'));
    commitments.push({
      id: random.uuid(),
      collectivity: commune,
      epci: false,
      list: viaList ? majorityListOf.get(commune)! : null,
      deliberationNumber: deliberation === null ? null : `DEL-2026-${random.int(1, 999)}`,
      deliberationDate: deliberation === null ? null : isoDay(deliberation),
      committedOn: deliberation === null ? '2026-03-22' : isoDay(deliberation),
      createdSec:
        deliberation === null
          ? between(random, MAJORITY_COMMITTED_FROM, sec('2026-04-15'))
          : deliberation + random.int(DAY, 10 * DAY),
      editorId: random.uuid(),
      activity: popWeight(communes[commune]) ** 0.5,
    });
  }
  for (const epci of committedEpcis) {
    const deliberation = between(random, sec('2026-04-15'), sec('2026-09-30'));
    commitments.push({
      id: random.uuid(),
      collectivity: epci,
      epci: true,
      list: null,
      deliberationNumber: `DEL-C-2026-${random.int(1, 999)}`,
      deliberationDate: isoDay(deliberation),
      committedOn: isoDay(deliberation),
      createdSec: deliberation + random.int(DAY, 10 * DAY),
      editorId: random.uuid(),
      activity: popWeight(epcis[epci]) ** 0.5,
    });
  }

  const commitmentPicker = new WeightedPicker(commitments.map((c) => c.activity));
  const milestones: MilestoneRecord[] = [];
  for (let n = 0; n < plan.milestones; n += 1) {
    const commitment = commitmentPicker.pick(random);
    const actionCode = random.pick(actionCodes);
    milestones.push({
      id: random.uuid(),
      commitment,
      actionCode,
      title: `Étape ${random.int(1, 9)} de l’action ${actionCode}`,
      createdSec: between(random, commitments[commitment].createdSec + DAY, END - DAY),
    });
  }

  const evidence: EvidenceRecord[] = [];
  for (let n = 0; n < plan.evidence; n += 1) {
    const commitment = commitmentPicker.pick(random);
    const kind = random.pick(EVIDENCE_KINDS);
    const needsUrl = kind === 'RUNNING_SERVICE' || kind === 'PUBLISHED_REPOSITORY';
    evidence.push({
      id: random.uuid(),
      commitment,
      kind,
      title: `Pièce ${n + 1} : ${kind.toLowerCase().replace(/_/g, ' ')}`,
      url: needsUrl || random.next() < 0.4 ? `https://preuves.example.org/${n + 1}` : null,
      actionCodes: [random.pick(actionCodes)],
      createdSec: between(random, commitments[commitment].createdSec + DAY, END - DAY),
    });
  }
  let links = evidence.length;
  while (links < plan.evidenceLinks) {
    const item = evidence[random.int(0, evidence.length - 1)];
    const code = random.pick(actionCodes);
    if (item.actionCodes.includes(code) || item.actionCodes.length >= actionCodes.length) continue;
    item.actionCodes.push(code);
    links += 1;
  }
  for (const item of evidence) item.actionCodes.sort(compareActionCodes);
  return { actionCodes, lists, signatories, commitments, milestones, evidence };
}
