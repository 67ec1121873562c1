import { CollectivityKind } from '../collectivity-kind';
import { LocalizedText } from '../i18n';
import { RuleIssue } from '../rules/codes';
import { FleetDeclaration } from './fleet';
import { InventoryItemInput } from './inventory';

/**
 * Pooled IT ("informatique mutualisée"): a commune whose IT is run by its EPCI or by a syndicat (an OPSN, "opérateur
 * public de services numériques") points to that body. The body's inventory items that apply to the commune, its
 * declared fleet and its evidence then count for the commune, shown as pooled. The commune's own items stay its own.
 */

/** The four kinds of EPCI. */
export const EPCI_KINDS: readonly CollectivityKind[] = [
  'COMMUNAUTE_DE_COMMUNES',
  'COMMUNAUTE_D_AGGLOMERATION',
  'COMMUNAUTE_URBAINE',
  'METROPOLE',
];

/** Who may run a commune's IT for it: its own EPCI, or a syndicat (which the referential may not list). */
export const POOLING_BODY_KINDS: readonly CollectivityKind[] = [...EPCI_KINDS, 'SYNDICAT'];

export const isPoolingBodyKind = (kind: CollectivityKind): boolean => POOLING_BODY_KINDS.includes(kind);

export const POOLED_IT_LABEL: LocalizedText = { fr: 'Informatique mutualisée', en: 'Pooled IT' };

/** A collectivity as the pooling rules read it. */
export interface PoolingParty {
  id: string;
  kind: CollectivityKind;
  /** The EPCI a commune belongs to, from the referential; null for none (and for other kinds). */
  epciId?: string | null;
}

/**
 * setPooledIt: only a commune points to a body that runs its IT (POOLING_COMMUNE_ONLY); the body is a syndicat or an
 * EPCI (POOLING_BODY_INVALID), and an EPCI must be the commune's own (POOLING_BODY_NOT_ITS_EPCI): a commune's IT is
 * not run by a neighbouring EPCI it does not belong to.
 */
export function checkPooledItLink(commune: PoolingParty, body: PoolingParty): RuleIssue[] {
  if (commune.kind !== 'COMMUNE') return [{ path: 'collectivityId', code: 'POOLING_COMMUNE_ONLY' }];
  if (!isPoolingBodyKind(body.kind)) return [{ path: 'bodyId', code: 'POOLING_BODY_INVALID' }];
  if (EPCI_KINDS.includes(body.kind) && body.id !== commune.epciId) {
    return [{ path: 'bodyId', code: 'POOLING_BODY_NOT_ITS_EPCI' }];
  }
  return [];
}

/**
 * The communes a pooling body's inventory item applies to (`appliesToMemberIds`; null: every commune whose IT the
 * body runs). Only a pooling body's item may name them (POOLING_MEMBERS_NOT_ALLOWED); each must be a commune, and a
 * member of the body when it is an EPCI (POOLING_MEMBER_INVALID: `members` holds those of the ids that exist); a
 * list names at least one (TOO_FEW).
 */
export function checkPooledItemMembers(
  owner: PoolingParty,
  appliesToMemberIds: readonly string[] | null | undefined,
  members: readonly PoolingParty[],
): RuleIssue[] {
  if (appliesToMemberIds == null) return [];
  const path = 'appliesToMemberIds';
  if (!isPoolingBodyKind(owner.kind)) return [{ path, code: 'POOLING_MEMBERS_NOT_ALLOWED' }];
  if (appliesToMemberIds.length === 0) return [{ path, code: 'TOO_FEW' }];
  const byId = new Map(members.map((m) => [m.id, m]));
  const invalid = appliesToMemberIds.some((id) => {
    const member = byId.get(id);
    if (!member || member.kind !== 'COMMUNE') return true;
    return EPCI_KINDS.includes(owner.kind) && member.epciId !== owner.id;
  });
  return invalid ? [{ path, code: 'POOLING_MEMBER_INVALID' }] : [];
}

/** Whether a pooling body's item applies to this commune: it names no list (all members), or names the commune. */
export function appliesToMember(item: { appliesToMemberIds?: readonly string[] | null }, communeId: string): boolean {
  return item.appliesToMemberIds == null || item.appliesToMemberIds.includes(communeId);
}

/** What a commune's figures are computed from when its IT is pooled: its own facts and the body's. */
export interface PooledInventory<I extends InventoryItemInput = InventoryItemInput> {
  items: I[];
  fleet: FleetDeclaration[];
}

/**
 * A commune's inventory and fleet with its pooling body's: its own items, then the body's items that apply to it
 * (`appliesToMember`), marked `pooled`; its own fleet declarations, then the body's, marked `pooled`.
 *
 * The body's fleet is counted whole: the machines it runs serve all its members and no count says how many serve
 * this commune, so the shares are measured against the larger base (they never overstate a commune's share, as one
 * pilot of the body's would if only its seats were counted). Without a body (`body` null) the commune's own facts
 * are returned as they are.
 */
export function memberInventory<I extends InventoryItemInput>(
  communeId: string,
  own: { items: readonly I[]; fleet: readonly FleetDeclaration[] },
  body: {
    items: readonly (I & { appliesToMemberIds?: readonly string[] | null })[];
    fleet: readonly FleetDeclaration[];
  } | null,
): PooledInventory<I> {
  const items: I[] = own.items.map((item) => ({ ...item, pooled: false }));
  const fleet: FleetDeclaration[] = own.fleet.map((d) => ({ ...d, pooled: false }));
  if (!body) return { items, fleet };
  for (const item of body.items) if (appliesToMember(item, communeId)) items.push({ ...item, pooled: true });
  for (const declaration of body.fleet) fleet.push({ ...declaration, pooled: true });
  return { items, fleet };
}

/**
 * The communes a pooling body's item counts for, among those whose IT the body runs (`members`): all of them, or those
 * the item names; in `members`' order. The open-data inventory gives their codes (`pooled_for`).
 */
export function pooledFor<M extends { id: string }>(
  item: { appliesToMemberIds?: readonly string[] | null },
  members: readonly M[],
): M[] {
  return members.filter((m) => appliesToMember(item, m.id));
}
