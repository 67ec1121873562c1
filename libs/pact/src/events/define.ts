import { z } from 'zod';

/** What a history entry did to its record: the `action` column of `audit_event`. */
export type HistoryAction = 'CREATE' | 'UPDATE' | 'WITHDRAW' | 'ERASE';

/** The two snapshots an entry stores (`before`, `after` in `audit_event`): an event's payload. */
export interface SnapshotPair<Before, After> {
  before: Before;
  after: After;
}

/** An older version of an event: its schema, and how to turn a payload of it into the next version's. */
export interface OlderVersion {
  version: number;
  schema: z.ZodType;
  /** Takes a payload of this version (as its schema parsed it), returns one of `version + 1`. */
  upcast(payload: never): unknown;
}

/**
 * One type of domain event, declared once: its name, its current version and payload type, the history columns it
 * fills (`entity_type`, `action`), and a parser that accepts every version a reader may meet and returns the current
 * payload (upcasting older ones step by step).
 */
export interface EventType<Name extends string = string, Payload = unknown> {
  readonly name: Name;
  readonly version: number;
  readonly entityType: string;
  readonly action: HistoryAction;
  readonly schema: z.ZodType<Payload>;
  /** Every version this event was ever written in, oldest first, ending with the current one. */
  readonly versions: readonly number[];
  /** Reads a stored payload of `version` as the current payload; throws {@link EventParseError} when it does not fit. */
  parse(version: number, stored: unknown): Payload;
}

/** A stored payload that does not fit the schema of its event and version. */
export class EventParseError extends Error {
  constructor(
    readonly event: string,
    readonly version: number,
    readonly issues: readonly string[],
  ) {
    super(`history event ${event} v${version} does not fit its schema: ${issues.join('; ')}`);
    this.name = 'EventParseError';
  }
}

function issuesOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`);
}

export function defineEvent<const Name extends string, Schema extends z.ZodType>(def: {
  name: Name;
  entityType: string;
  action: HistoryAction;
  version: number;
  schema: Schema;
  /** Older versions, oldest first; the last one upcasts to `version`. */
  older?: readonly OlderVersion[];
}): EventType<Name, z.infer<Schema>> {
  const older = def.older ?? [];
  older.forEach((o, i) => {
    const next = i + 1 < older.length ? older[i + 1].version : def.version;
    if (o.version + 1 !== next)
      throw new Error(`${def.name}: version ${o.version} is not followed by ${o.version + 1}`);
  });
  const fail = (version: number, error: z.ZodError) => new EventParseError(def.name, version, issuesOf(error));
  return {
    name: def.name,
    version: def.version,
    entityType: def.entityType,
    action: def.action,
    schema: def.schema as z.ZodType<z.infer<Schema>>,
    versions: [...older.map((o) => o.version), def.version],
    parse(version: number, stored: unknown): z.infer<Schema> {
      let value: unknown = stored;
      let from = older.findIndex((o) => o.version === version);
      if (from < 0 && version !== def.version) {
        throw new EventParseError(def.name, version, [`unknown version (known: ${this.versions.join(', ')})`]);
      }
      if (from >= 0) {
        for (; from < older.length; from += 1) {
          const step = older[from];
          const parsed = step.schema.safeParse(value);
          if (!parsed.success) throw fail(step.version, parsed.error);
          value = step.upcast(parsed.data as never);
        }
      }
      const parsed = def.schema.safeParse(value);
      if (!parsed.success) throw fail(def.version, parsed.error);
      return parsed.data;
    },
  };
}

/** The payload of an event that creates a record: nothing before. */
export const created = <A extends z.ZodType>(after: A) => z.object({ before: z.null(), after });
/** The payload of an event that changes a record. */
export const changed = <S extends z.ZodType>(snapshot: S) => z.object({ before: snapshot, after: snapshot });
/**
 * The payload of a withdrawal: the record as it was, and why it was withdrawn. The record leaves the page, the public
 * reads and the exports; its entries, this one included, stay in the history.
 */
export const withdrawn = <S extends z.ZodType>(snapshot: S) =>
  z.object({ before: snapshot, after: z.object({ reason: z.string().min(1) }) });
/** The payload of an erasure: the entry says that it happened, and nothing else. */
export const erased = z.object({ before: z.null(), after: z.null() });

/**
 * Adds the record's version to a snapshot: what version 2 of the versioned records' events carries. Null only in
 * entries upcast from version 1, written before records had versions.
 */
export function withVersion<Shape extends z.ZodRawShape>(snapshot: z.ZodObject<Shape>) {
  return snapshot.extend({ version: z.number().int().nonnegative().nullable() });
}

/** Version 1 → 2 of a snapshot pair: the record's version was not recorded; null says so. */
export function pairWithUnknownVersion<B, A>(pair: SnapshotPair<B, A>) {
  const add = <T>(snapshot: T) => (snapshot === null ? null : { ...snapshot, version: null });
  return { before: add(pair.before), after: add(pair.after) };
}
