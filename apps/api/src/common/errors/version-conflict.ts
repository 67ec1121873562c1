import { DomainError } from './domain-error';

/**
 * Optimistic locking: an edit names the version of the record it read (`expectedVersion`); when the record has
 * changed since, the edit is refused and writes nothing. The error carries the record as the API returns it now
 * (`extensions.current`), so the client can show it and let the person re-apply their change.
 */
export class VersionConflictError extends DomainError {
  constructor(entity: string, id: string, expectedVersion: number, currentVersion: number, current: unknown) {
    super(
      'CONFLICT',
      `${entity} ${id} has changed since it was read (version ${expectedVersion}, now ${currentVersion})`,
      'CONFLICT',
      { entity, id, expectedVersion, currentVersion, current },
    );
  }
}

/**
 * Refuses a stale edit. `expectedVersion` undefined or null: the caller did not say which version it read (automation
 * with the operator's token, older clients) and the edit applies to the current version; the record is locked, so
 * the change and its history still agree. `current` builds the record as the API returns it, only when needed.
 */
export function assertVersion(
  entity: string,
  id: string,
  expectedVersion: number | null | undefined,
  currentVersion: number,
  current: () => unknown,
): void {
  if (expectedVersion == null || expectedVersion === currentVersion) return;
  throw new VersionConflictError(entity, id, expectedVersion, currentVersion, current());
}
