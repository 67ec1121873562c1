import { ReadinessAssessment, assessReadiness } from '@pacte/pact';
import type { EvidenceRecord } from '../evidence/evidence.service';
import type { FleetRecord, InventoryItemRecord } from '../inventory/inventory.service';
import { type PooledFacts, memberInventoryOf } from '../inventory/pooled-it.loaders';
import type { ProgressRecord } from '../progress/progress.service';
import type { TnlLabelEntity } from './tnl-label.entity';

/** What a collectivity declared: its current commitment's progress and evidence, its inventory and its labels. */
export interface LabelFacts {
  progress: readonly Pick<ProgressRecord, 'actionCode' | 'status'>[];
  evidence: readonly EvidenceRecord[];
  items: readonly InventoryItemRecord[];
  /** The declared fleet the inventory's shares are counted against. */
  fleet: readonly FleetRecord[];
  labels: readonly TnlLabelEntity[];
  /** Pooled IT: what the body that runs the commune's IT brings (its items, fleet and evidence); null or absent: none. */
  pooled?: PooledFacts | null;
}

/**
 * The label readiness of `assessReadiness` (libs/pact) over a collectivity's facts. Every awarded label counts,
 * whatever its vintage: the rules only let a label vouch for political backing and for sharing the approach. With
 * pooled IT, the body's items that apply to the commune, its fleet and its evidence count, marked `pooled`.
 */
export function readinessOf(facts: LabelFacts, collectivityId: string): ReadinessAssessment {
  const pooled = facts.pooled ?? null;
  const { items, fleet } = memberInventoryOf(collectivityId, facts.items, facts.fleet, pooled);
  const evidenceOf = (e: EvidenceRecord, isPooled: boolean) => ({
    kind: e.kind,
    actionCodes: (e.actions ?? []).map((a) => a.actionCode),
    criterionIds: e.criterionIds ?? [],
    pooled: isPooled,
  });
  return assessReadiness({
    progress: facts.progress.map((p) => ({ actionCode: p.actionCode, status: p.status })),
    evidence: [
      ...facts.evidence.map((e) => evidenceOf(e, false)),
      ...(pooled?.evidence ?? []).map((e) => evidenceOf(e, true)),
    ],
    inventory: items,
    fleet,
    awardedLabels: facts.labels.map((l) => ({ year: l.year, scale: l.scale, level: l.level, mentions: l.mentions })),
  });
}
