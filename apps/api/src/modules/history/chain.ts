import { createHash } from 'node:crypto';

/**
 * The hash chain of the history, as pure code: no framework, no database, only node:crypto. The API uses it to
 * append entries and to export them; anyone can use it (or the short script in docs/history-verification.md) to
 * verify an export.
 *
 * An entry's hash is `sha256(prev_hash + canonicalJson(content))`, written as 64 lowercase hex digits, where
 * `prev_hash` is the hash of the entry before it (64 zeros for the first entry) and `content` is the entry's ten
 * hashed fields, twelve with the event's name and version (see {@link HashedContent}). An exported line is the content plus `prev_hash` and `hash`.
 */

/** The `prev_hash` of the first entry of the chain. */
export const GENESIS_HASH = '0'.repeat(64);

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** The hashed fields of an entry, named as in the database and in the export. */
export interface HashedContent {
  /** The entry's id, a decimal string (a bigint in the database). */
  id: string;
  /** When it was recorded, ISO 8601 in UTC with milliseconds: `2026-05-12T09:30:00.123Z`. */
  occurred_at: string;
  /** A pseudonymous reference: a user id, `operator` or `system:<name>`; never a name or an e-mail address. */
  actor_id: string | null;
  /** `user` for a signed-in user (no name), else the operator's or the system's label. */
  actor_label: string;
  /** Lowercase uuid, or null for a change that belongs to no collectivity. */
  collectivity_id: string | null;
  entity_type: string;
  entity_id: string;
  action: string;
  before: { [key: string]: JsonValue } | null;
  after: { [key: string]: JsonValue } | null;
  /**
   * The event's name and version in the catalogue (libs/pact/src/events). Present, and hashed, in every entry
   * written since the history stores them; absent (never null) in older entries, whose hash covers the ten fields
   * above only.
   */
  event?: string;
  event_version?: number;
}

/** One line of the export: the hashed content plus the link to the entry before it. */
export interface ChainEntry extends HashedContent {
  prev_hash: string;
  hash: string;
}

/**
 * Canonical JSON: no whitespace; object keys sorted by UTF-16 code units (JavaScript's default sort), recursively;
 * arrays in their order; strings and numbers written as `JSON.stringify` writes them. For JSON data this is the
 * JSON Canonicalization Scheme of RFC 8785.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError(`not JSON: ${value}`);
    if (value !== null && !['string', 'number', 'boolean'].includes(typeof value)) {
      throw new TypeError(`not JSON: a ${typeof value}`);
    }
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object)
    .filter((key) => object[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key])}`).join(',')}}`;
}

/** sha256(prevHash + canonicalJson(content)), lowercase hex. */
export function entryHash(prevHash: string, content: object): string {
  return entryHashOfCanonical(prevHash, canonicalJson(content));
}

/** The same, from content already written as canonical JSON (bulk writers that also need that text). */
export function entryHashOfCanonical(prevHash: string, canonicalContent: string): string {
  return createHash('sha256')
    .update(prevHash + canonicalContent, 'utf8')
    .digest('hex');
}

/** Exactly the hashed fields, in a stable order, from anything that has them (an export line, a row). */
export function hashedContent(entry: HashedContent): HashedContent {
  return {
    id: entry.id,
    occurred_at: entry.occurred_at,
    actor_id: entry.actor_id,
    actor_label: entry.actor_label,
    collectivity_id: entry.collectivity_id,
    entity_type: entry.entity_type,
    entity_id: entry.entity_id,
    action: entry.action,
    before: entry.before,
    after: entry.after,
    ...(entry.event != null ? { event: entry.event, event_version: entry.event_version } : {}),
  };
}

/** Links `content` after `prevHash`. */
export function chainEntry(prevHash: string, content: HashedContent): ChainEntry {
  const hashed = hashedContent(content);
  return { ...hashed, prev_hash: prevHash, hash: entryHash(prevHash, hashed) };
}

/** One line of the export (no trailing newline). */
export function toJsonLine(entry: ChainEntry): string {
  return JSON.stringify(entry);
}

export type VerifyResult =
  | { ok: true; count: number; lastHash: string }
  | { ok: false; count: number; firstBrokenId: string | null; line: number; reason: string };

export interface VerifyOptions {
  /**
   * The lines are a subset of the chain (one collectivity's entries): check each entry's own hash and the id order,
   * but not the links between entries, which point to entries that are not there. Only a full export proves that
   * nothing was removed.
   */
  partial?: boolean;
}

const HEX64 = /^[0-9a-f]{64}$/;
const DECIMAL_ID = /^[1-9][0-9]*$/;

/**
 * Verifies an export, line by line, in one pass and in constant memory. Blank lines are skipped. `count` is the
 * number of entries verified before the first broken one; `firstBrokenId` is the id of the first entry that does
 * not verify (null when its line is not even an entry), `line` its 1-based line number.
 *
 * - an entry whose content was altered has a hash that no longer matches: it is the first broken one;
 * - an entry removed, inserted or moved breaks the link (`prev_hash`) of the entry that follows in the file;
 * - ids must increase strictly (the chain is in id order).
 */
export async function verifyChain(
  lines: AsyncIterable<string> | Iterable<string>,
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  let previousHash = GENESIS_HASH;
  let previousId: bigint | null = null;
  let count = 0;
  let lineNumber = 0;
  for await (const raw of lines) {
    lineNumber += 1;
    const text = raw.trim();
    if (text === '') continue;
    const broken = (firstBrokenId: string | null, reason: string): VerifyResult => ({
      ok: false,
      count,
      firstBrokenId,
      line: lineNumber,
      reason,
    });

    let entry: unknown;
    try {
      entry = JSON.parse(text);
    } catch {
      return broken(null, 'not a JSON line');
    }
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return broken(null, 'not a JSON object');
    const { prev_hash: prevHash, hash, ...content } = entry as Record<string, unknown>;
    const id = typeof content.id === 'string' && DECIMAL_ID.test(content.id) ? content.id : null;
    if (id === null) return broken(null, 'no valid "id" (a decimal string)');
    if (typeof prevHash !== 'string' || !HEX64.test(prevHash)) return broken(id, 'no valid "prev_hash"');
    if (typeof hash !== 'string' || !HEX64.test(hash)) return broken(id, 'no valid "hash"');
    if (previousId !== null && BigInt(id) <= previousId) {
      return broken(id, `id ${id} does not follow id ${previousId}: entries are out of order or repeated`);
    }
    if (!options.partial && prevHash !== previousHash) {
      return broken(
        id,
        previousId === null
          ? 'the first entry’s prev_hash is not the genesis hash (64 zeros): the chain does not start here'
          : `prev_hash is not the hash of the entry before it (id ${previousId}): an entry was removed, inserted or moved`,
      );
    }
    if (entryHash(prevHash, content) !== hash) {
      return broken(id, 'hash does not match the content: the entry was altered');
    }
    previousHash = hash;
    previousId = BigInt(id);
    count += 1;
  }
  return { ok: true, count, lastHash: previousHash };
}
