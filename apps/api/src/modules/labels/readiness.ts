import { ReadinessAssessment, assessReadiness } from '@pacte/pact';
import type { EvidenceRecord } from '../evidence/evidence.service';
import type { FleetRecord, InventoryItemRecord } from '../inventory/inventory.service';
import { fleetInput } from '../inventory/models/fleet.model';
import { inventoryInput } from '../inventory/models/inventory.model';
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
}

/**
 * The label readiness of `assessReadiness` (libs/pact) over a collectivity's facts. Every awarded label counts,
 * whatever its vintage: the rules only let a label vouch for political backing and for sharing the approach.
 */
export function readinessOf(facts: LabelFacts): ReadinessAssessment {
  return assessReadiness({
    progress: facts.progress.map((p) => ({ actionCode: p.actionCode, status: p.status })),
    evidence: facts.evidence.map((e) => ({
      kind: e.kind,
      actionCodes: (e.actions ?? []).map((a) => a.actionCode),
      criterionIds: e.criterionIds ?? [],
    })),
    inventory: facts.items.map(inventoryInput),
    fleet: facts.fleet.map(fleetInput),
    awardedLabels: facts.labels.map((l) => ({ year: l.year, scale: l.scale, level: l.level, mentions: l.mentions })),
  });
}
