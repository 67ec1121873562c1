import { HISTORY_EVENTS, type HistoryEventName, type ProgressStatus, defaultProgress } from '@pacte/pact';
import type { Hash } from 'node:crypto';
import { canonicalJson, entryHashOfCanonical, hashedContent } from '../modules/history/chain';
import type { CopyValue } from '../database/copy-rows';
import { BASE_MS, END, isoDay, sec, type NationalRecords, type ReferentialRow } from './national-data';
import type { NationalPlan } from './national-plan';
import { SeededRandom, WeightedPicker } from './random';

const KIND = {
  ListCreated: 0,
  SignatoryCreated: 1,
  ListOutcome: 2,
  CommitmentCreated: 3,
  ProgressCreated: 4,
  ProgressUpdated: 5,
  MilestoneCreated: 6,
  MilestoneUpdated: 7,
  EvidenceCreated: 8,
} as const;
/** Event keys are `second * 2^23 + index`: exact in a double for 2^25 seconds (388 days) and 8M entries. */
const INDEX_SPAN = 2 ** 23;
const DAY = 86_400;
const OUTCOMES_FROM = sec('2026-03-23');
const OUTCOMES_TO = sec('2026-03-31');

const STATUSES: readonly [ProgressStatus, number][] = [
  ['PLANNED', 0.2],
  ['IN_PROGRESS', 0.45],
  ['DONE', 0.22],
  ['NOT_APPLICABLE', 0.04],
  ['ABANDONED', 0.02],
  ['NOT_STARTED', 0.07],
];
const OWNERS = ['DSI', 'Direction du numérique', 'Service informatique', 'Secrétariat général', null];
const SYSTEM = { id: 'system:seed-national', label: 'seed-national' };

/** The final state of one action's progress, after every change the history records. */
export interface ProgressState {
  status: ProgressStatus;
  override: number | null;
  targetDate: string | null;
  owner: string | null;
  justification: string | null;
  version: number;
  createdSec: number;
  updatedSec: number;
}
export interface MilestoneState {
  date: string;
  reached: boolean;
  version: number;
  updatedSec: number;
}

export interface HistoryContext {
  random: SeededRandom;
  plan: NationalPlan;
  records: NationalRecords;
  communes: readonly ReferentialRow[];
  epcis: readonly ReferentialRow[];
  electionId: string;
  /** The id of the first entry written, and the hash of the entry before it. */
  firstId: bigint;
  prevHash: string;
  /** Fed with every entry's canonical content, collectivity ids replaced by `kind:code` (see seedNational). */
  digest: Hash;
  /** Check every n-th payload against the event catalogue (1: all of them). */
  validateEvery: number;
}

export interface HistoryOutcome {
  progress: ProgressState[];
  milestones: MilestoneState[];
  listVersion: Uint16Array;
  lastHash: string;
  lastId: bigint;
}

/**
 * Schedules every history entry of the plan at a time of its own (each record's creation, then its changes, never
 * before it exists), then yields them in time order as `audit_event` rows, linked into the hash chain as they go.
 * `outcome` holds the records' final state once the generator is done.
 */
export function* historyRows(ctx: HistoryContext, outcome: HistoryOutcome): Generator<CopyValue[]> {
  const { random, plan, records, communes, epcis } = ctx;
  const { lists, signatories, commitments, milestones, evidence, actionCodes } = records;
  const perCommitment = actionCodes.length;
  const total = plan.history;
  if (total >= INDEX_SPAN) throw new Error(`at most ${INDEX_SPAN - 1} history entries`);
  const keys = new Float64Array(total);
  const kinds = new Uint8Array(total);
  const refs = new Uint32Array(total);
  let n = 0;
  const add = (second: number, kind: number, ref: number) => {
    keys[n] = second * INDEX_SPAN + n;
    kinds[n] = kind;
    refs[n] = ref;
    n += 1;
  };
  lists.forEach((l, i) => add(l.createdSec, KIND.ListCreated, i));
  signatories.forEach((s, i) => add(s.createdSec, KIND.SignatoryCreated, i));
  lists.forEach((l, i) => {
    if (l.majority) add(random.int(OUTCOMES_FROM, OUTCOMES_TO), KIND.ListOutcome, i);
  });
  commitments.forEach((c, i) => add(c.createdSec, KIND.CommitmentCreated, i));
  const progress: ProgressState[] = [];
  commitments.forEach((c) => {
    for (let a = 0; a < perCommitment; a += 1) {
      const createdSec = random.int(c.createdSec + 3600, Math.min(c.createdSec + 60 * DAY, END - DAY));
      add(createdSec, KIND.ProgressCreated, progress.length);
      progress.push({
        status: 'PLANNED',
        override: null,
        targetDate: null,
        owner: null,
        justification: null,
        version: 0,
        createdSec,
        updatedSec: createdSec,
      });
    }
  });
  const commitmentPicker = new WeightedPicker(commitments.map((c) => c.activity));
  for (let u = 0; u < plan.progressUpdates; u += 1) {
    const row = commitmentPicker.pick(random) * perCommitment + random.int(0, perCommitment - 1);
    add(random.int(progress[row].createdSec + 1, END), KIND.ProgressUpdated, row);
  }
  milestones.forEach((m, i) => add(m.createdSec, KIND.MilestoneCreated, i));
  for (let u = 0; u < plan.milestoneUpdates; u += 1) {
    const i = random.int(0, milestones.length - 1);
    add(random.int(milestones[i].createdSec + 1, END), KIND.MilestoneUpdated, i);
  }
  evidence.forEach((e, i) => add(e.createdSec, KIND.EvidenceCreated, i));
  if (n !== total) throw new Error(`scheduled ${n} history entries, planned ${total}`);
  keys.sort();

  const milestoneState: MilestoneState[] = milestones.map(() => ({
    date: '',
    reached: false,
    version: 0,
    updatedSec: 0,
  }));
  const listVersion = new Uint16Array(lists.length);
  const collectivityOf = (c: (typeof commitments)[number]) => (c.epci ? epcis : communes)[c.collectivity];
  const statusPicker = new WeightedPicker(STATUSES.map(([, w]) => w));
  const listSnapshot = (i: number) => ({
    id: lists[i].id,
    electionId: ctx.electionId,
    collectivityId: communes[lists[i].commune].id,
    name: lists[i].name,
    headOfList: lists[i].headOfList,
    parties: lists[i].parties,
    website: lists[i].website,
    outcome: lists[i].majority && listVersion[i] > 1 ? 'MAJORITY' : 'PENDING',
    version: listVersion[i],
  });
  const progressSnapshot = (row: number) => {
    const p = progress[row];
    return {
      actionCode: actionCodes[row % perCommitment],
      status: p.status,
      progress: p.override ?? defaultProgress(p.status),
      progressOverride: p.override,
      targetDate: p.targetDate,
      owner: p.owner,
      justification: p.justification,
      version: p.version,
    };
  };
  const milestoneSnapshot = (i: number) => ({
    actionCode: milestones[i].actionCode,
    title: milestones[i].title,
    description: null,
    date: milestoneState[i].date,
    reached: milestoneState[i].reached,
    version: milestoneState[i].version,
  });

  let prevHash = ctx.prevHash;
  let id = ctx.firstId;
  let lastMs = 0;
  for (let k = 0; k < total; k += 1) {
    const key = keys[k];
    const index = key % INDEX_SPAN;
    const second = (key - index) / INDEX_SPAN;
    const ref = refs[index];
    const ms = Math.max(lastMs + 1, BASE_MS + second * 1000 + (index % 997));
    lastMs = ms;
    let name: HistoryEventName;
    let collectivity: ReferentialRow;
    let entityId: string;
    let actor = SYSTEM;
    let before: Record<string, unknown> | null = null;
    let after: Record<string, unknown>;
    switch (kinds[index]) {
      case KIND.ListCreated:
        listVersion[ref] = 1;
        name = 'CandidateListCreated';
        collectivity = communes[lists[ref].commune];
        entityId = lists[ref].id;
        after = listSnapshot(ref);
        break;
      case KIND.SignatoryCreated: {
        const s = signatories[ref];
        const commune = communes[lists[s.list].commune];
        name = 'SignatoryCreated';
        collectivity = commune;
        entityId = s.id;
        after = {
          candidateListId: lists[s.list].id,
          scope: s.scope,
          positionOnList: s.position,
          parties: lists[s.list].parties,
          commune: commune.name,
          postcode: commune.postcodes[0] ?? null,
          signedOn: s.signedOn,
          elected: null,
          version: 1,
        };
        break;
      }
      case KIND.ListOutcome:
        name = 'CandidateListUpdated';
        collectivity = communes[lists[ref].commune];
        entityId = lists[ref].id;
        before = listSnapshot(ref);
        listVersion[ref] += 1;
        after = listSnapshot(ref);
        break;
      case KIND.CommitmentCreated: {
        const c = commitments[ref];
        name = 'CommitmentCreated';
        collectivity = collectivityOf(c);
        entityId = c.id;
        after = {
          edition: '2026',
          source: c.list === null ? 'COUNCIL_DELIBERATION' : 'LIST_MAJORITY',
          candidateListId: c.list === null ? null : lists[c.list].id,
          deliberationNumber: c.deliberationNumber,
          deliberationDate: c.deliberationDate,
          committedOn: c.committedOn,
        };
        break;
      }
      case KIND.ProgressCreated:
      case KIND.ProgressUpdated: {
        const c = commitments[Math.floor(ref / perCommitment)];
        const p = progress[ref];
        const created = kinds[index] === KIND.ProgressCreated;
        name = created ? 'ActionProgressCreated' : 'ActionProgressUpdated';
        collectivity = collectivityOf(c);
        entityId = `${c.id}:${actionCodes[ref % perCommitment]}`;
        actor = { id: c.editorId, label: 'user:IT_MANAGER' };
        if (!created) {
          before = progressSnapshot(ref);
          p.status = STATUSES[statusPicker.pick(random)][0];
          p.override = p.status === 'IN_PROGRESS' && random.next() < 0.4 ? random.int(2, 18) * 5 : null;
          p.justification =
            p.status === 'NOT_APPLICABLE' || p.status === 'ABANDONED' ? `Motif ${random.int(1, 40)}` : null;
          if (random.next() < 0.3) p.targetDate = isoDay(random.int(second + DAY, second + 900 * DAY));
          if (random.next() < 0.2) p.owner = random.pick(OWNERS);
        }
        p.version += 1;
        p.updatedSec = second;
        after = progressSnapshot(ref);
        break;
      }
      case KIND.MilestoneCreated:
      case KIND.MilestoneUpdated: {
        const m = milestones[ref];
        const state = milestoneState[ref];
        const c = commitments[m.commitment];
        const created = kinds[index] === KIND.MilestoneCreated;
        name = created ? 'MilestoneCreated' : 'MilestoneUpdated';
        collectivity = collectivityOf(c);
        entityId = m.id;
        actor = { id: c.editorId, label: 'user:IT_MANAGER' };
        if (created) {
          state.date = isoDay(random.int(second + DAY, second + 700 * DAY));
        } else {
          before = milestoneSnapshot(ref);
          if (random.next() < 0.5) state.reached = !state.reached;
          else state.date = isoDay(random.int(second + DAY, second + 700 * DAY));
        }
        state.version += 1;
        state.updatedSec = second;
        after = milestoneSnapshot(ref);
        break;
      }
      default: {
        const e = evidence[ref];
        const c = commitments[e.commitment];
        name = 'EvidenceCreated';
        collectivity = collectivityOf(c);
        entityId = e.id;
        actor = { id: c.editorId, label: 'user:IT_MANAGER' };
        after = {
          kind: e.kind,
          date: isoDay(e.createdSec),
          title: e.title,
          description: null,
          url: e.url,
          actionCodes: e.actionCodes,
          version: 1,
        };
      }
    }
    const type = HISTORY_EVENTS[name];
    if (k % ctx.validateEvery === 0) type.parse(type.version, { before, after });
    const content = hashedContent({
      id: id.toString(),
      occurred_at: new Date(ms).toISOString(),
      actor_id: actor.id,
      actor_label: actor.label,
      collectivity_id: collectivity.id,
      entity_type: type.entityType,
      entity_id: entityId,
      action: type.action,
      before: before as never,
      after: after as never,
      event: name,
      event_version: type.version,
    });
    const canonical = canonicalJson(content);
    const hash = entryHashOfCanonical(prevHash, canonical);
    ctx.digest.update(
      `${canonical
        .replaceAll(collectivity.id, `${collectivity.kind}:${collectivity.code}`)
        .replaceAll(ctx.electionId, 'election')}\n`,
    );
    yield [
      content.id,
      content.occurred_at,
      content.actor_id,
      content.actor_label,
      content.collectivity_id,
      content.entity_type,
      content.entity_id,
      content.action,
      before === null ? null : JSON.stringify(before),
      JSON.stringify(after),
      prevHash,
      hash,
      name,
      type.version,
    ];
    prevHash = hash;
    id += 1n;
  }
  outcome.progress = progress;
  outcome.milestones = milestoneState;
  outcome.listVersion = listVersion;
  outcome.lastHash = prevHash;
  outcome.lastId = id - 1n;
}
