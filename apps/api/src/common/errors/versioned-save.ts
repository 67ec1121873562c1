import type { DeepPartial, EntityManager, ObjectLiteral } from 'typeorm';

/** A record under optimistic locking: a `@VersionColumn` and an `@UpdateDateColumn`. */
export interface VersionedRecord extends ObjectLiteral {
  id: string;
  version: number;
  updatedAt: Date;
}

/**
 * Saves a record under optimistic locking (see version-conflict.ts) so that every acknowledged edit is one version.
 *
 * TypeORM issues no UPDATE, so bumps no version, when a save changes no column; but every acknowledged edit records a
 * history event, so it must count as a version too, or the next edit's `expectedVersion` and the history's versions
 * drift from the table. A save of an existing record (one that carries its `version`) that left the version where it
 * was gets it bumped here. A new record (no `version` given) is inserted at version 1.
 */
export async function saveVersioned<T extends VersionedRecord>(
  manager: EntityManager,
  target: new () => T,
  record: DeepPartial<NoInfer<T>>,
): Promise<T> {
  const repo = manager.getRepository(target);
  const versionBefore = (record as Partial<VersionedRecord>).version;
  const saved = await repo.save(repo.create(record));
  if (versionBefore === undefined || saved.version !== versionBefore) return saved;
  return Object.assign(saved, await bumpVersion(manager, target, saved.id));
}

/**
 * One more version of a record whose own row does not change, for an edit that lives in another table (the actions
 * an evidence is linked to). The caller holds the record's row lock.
 */
export async function bumpVersion<T extends VersionedRecord>(
  manager: EntityManager,
  target: new () => T,
  id: string,
): Promise<Pick<VersionedRecord, 'version' | 'updatedAt'>> {
  const { tableName, versionColumn, updateDateColumn } = manager.getRepository(target).metadata;
  if (!versionColumn || !updateDateColumn) throw new Error(`${tableName} has no version or update date column`);
  const version = versionColumn.databaseName;
  const updatedAt = updateDateColumn.databaseName;
  const [rows] = await manager.query<[{ version: number; updated_at: Date }[], number]>(
    `UPDATE "${tableName}" SET "${version}" = "${version}" + 1, "${updatedAt}" = now() WHERE id = $1
     RETURNING "${version}" AS version, "${updatedAt}" AS updated_at`,
    [id],
  );
  if (rows.length === 0) throw new Error(`${tableName} ${id} does not exist`);
  return { version: rows[0].version, updatedAt: rows[0].updated_at };
}
