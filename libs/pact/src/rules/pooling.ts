import { z } from 'zod';
import { id } from './fields';

/** At most this many communes named by one pooled item (the largest EPCI counts about 130 communes). */
export const POOLED_ITEM_MEMBERS_MAX = 500;

/**
 * setPooledIt: the commune, and the EPCI or syndicat that runs its IT (null or absent: none, the link is removed).
 * Which bodies are allowed is `checkPooledItLink`'s rule, checked against the records.
 */
export const pooledItLinkSchema = z.strictObject({
  collectivityId: id(),
  bodyId: id().nullish(),
});
export type PooledItLinkInput = z.input<typeof pooledItLinkSchema>;

/** An inventory item's `appliesToMemberIds`: null or absent for all the members, else the communes it applies to. */
export const pooledItemMembers = () =>
  z.array(id(), 'INVALID_VALUE').min(1, 'TOO_FEW').max(POOLED_ITEM_MEMBERS_MAX, 'TOO_MANY').nullish();
