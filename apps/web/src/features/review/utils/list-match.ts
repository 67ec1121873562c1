import { uncertainListMatchPayload, type UncertainListMatchPayload } from '@pacte/pact';

/** The choice "none of these lists": accepted, the file's list becomes a list of its own (no `choice` sent). */
export const NO_LIST = 'none';

/** An uncertain match's payload read with the rulebook's schema; null when it does not fit (shown as unreadable). */
export function listMatchPayload(json: string): UncertainListMatchPayload | null {
  try {
    const parsed = uncertainListMatchPayload.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
