import { getCatalogue } from '../catalogue/catalogue';
import { EVIDENCE_KINDS, isEvidenceKind } from '../evidence-kind';
import { LocalizedText } from '../i18n';
import { ProgressStatus, isProgressStatus } from '../progress-status';
import { ProgressEntry, roundScore } from '../scoring';
import { FleetDeclaration } from '../software/fleet';
import { InventoryFigures, InventoryItemInput, inventoryFigures } from '../software/inventory';
import { TNL_DOMAINS, TnlDomain } from '../tnl-domain';
import { ReadinessEvidence, ReadinessFacts, TnlAlternative, alternativeHolds, describeAlternative } from './conditions';
import { TNL_CRITERIA, TnlCriterion, criterionActionCodes, findTnlCriterion } from './criteria';
import {
  AwardedLabel,
  TNL_SELF_ASSESSMENT_NOTICE,
  TnlSpecialMention,
  TnlTier,
  checkAwardedLabel,
  tierIndex,
} from './label';
import { TNL_MENTION_RULES } from './mentions';
import { DomainCount, TnlTierGap, estimateLegacyLevel, estimateTier, nextTierRule, tierGaps } from './tiers';

/** What the readiness is computed from: a collectivity's declared progress, evidence, inventory and labels. */
export interface ReadinessInput {
  /**
   * Statuses per action; an action without an entry is NOT_STARTED. Percentages are not read. A pooling body's
   * progress never counts: its actions are its own commitment's. Its items, fleet and evidence do, marked `pooled`.
   */
  progress: readonly Pick<ProgressEntry, 'actionCode' | 'status'>[];
  evidence: readonly ReadinessEvidence[];
  inventory: readonly InventoryItemInput[];
  /** The declared fleet the inventory's shares are counted against (see `inventoryFigures`); none by default. */
  fleet?: readonly FleetDeclaration[];
  awardedLabels?: readonly AwardedLabel[];
}

/**
 * MET when an alternative holds; NOT_APPLICABLE when the criterion rests on pact actions only and all of them are
 * NOT_APPLICABLE (it then leaves the domain's count, as in the scores); UNMET otherwise.
 */
export type CriterionStatus = 'MET' | 'UNMET' | 'NOT_APPLICABLE';

export interface CriterionResult {
  id: string;
  domain: TnlDomain;
  title: LocalizedText;
  status: CriterionStatus;
  /** The index in `anyOf` of the first alternative that holds; null unless MET. */
  metBy: number | null;
  /**
   * MET only thanks to pooled IT: without the pooling body's items, fleet and evidence (`pooled`), it would not be.
   * Always false when nothing is pooled.
   */
  throughPooling: boolean;
}

export interface DomainReadiness {
  domain: TnlDomain;
  met: number;
  /** Criteria that count: all but NOT_APPLICABLE ones. */
  applicable: number;
  total: number;
  /** `met / applicable` in percent, 1 decimal; null when no criterion applies. */
  percent: number | null;
  criteria: CriterionResult[];
}

/** An unmet criterion, with what would meet it. */
export interface MissingCriterion {
  id: string;
  domain: TnlDomain;
  title: LocalizedText;
  /** Each alternative in words; any one of them meets the criterion. */
  satisfiedBy: LocalizedText[];
  anyOf: readonly TnlAlternative[];
}

export interface MentionReadiness {
  mention: TnlSpecialMention;
  withinReach: boolean;
  criteriaMet: string[];
  criteriaMissing: string[];
}

export interface ReadinessAssessment {
  /** To show with every figure below: this is a self-assessment, the jury publishes no grid. */
  notice: LocalizedText;
  figures: InventoryFigures;
  domains: DomainReadiness[];
  overall: { met: number; applicable: number; percent: number | null };
  /** The estimated tier on the 2025 scale. */
  tier: TnlTier;
  /** The estimated level on the 2016–2024 scale, 0 (none) to 5. */
  legacyLevel: number;
  /** The tier above `tier`, null at OR. */
  nextTier: TnlTier | null;
  /** What stands between `tier` and `nextTier`; empty at OR. */
  nextTierGaps: TnlTierGap[];
  /**
   * The unmet criteria that count toward the next tier, in domain then criterion order: those of the domains a gap
   * names (for the Badge, the domains with no criterion met yet), or all unmet ones when an overall gap remains.
   * Meeting `needed` of them per gap reaches the next tier.
   */
  missingForNextTier: MissingCriterion[];
  mentions: MentionReadiness[];
  mentionsWithinReach: TnlSpecialMention[];
}

/**
 * Estimates how ready a collectivity is for the Territoire Numérique Libre label, from its declared progress,
 * evidence, inventory and awarded labels, against `TNL_CRITERIA`, `TNL_TIER_RULES` and `TNL_MENTION_RULES`.
 * A self-assessment: the jury publishes no grid.
 *
 * Throws on unknown action codes, statuses, evidence kinds or criterion ids, on two progress entries for one
 * action, on an awarded label that cannot exist and on invalid inventory items.
 */
export function assessReadiness(input: ReadinessInput): ReadinessAssessment {
  const facts = checkedFacts(input);
  const own = ownFacts(input, facts);
  const results = TNL_CRITERIA.map((criterion) => {
    const result = assessCriterion(criterion, facts);
    const throughPooling = own !== null && result.status === 'MET' && assessCriterion(criterion, own).status !== 'MET';
    return { ...result, throughPooling };
  });
  const criterionOf = new Map(TNL_CRITERIA.map((c) => [c.id, c]));

  const domains: DomainReadiness[] = TNL_DOMAINS.map((domain) => {
    const criteria = results.filter((r) => r.domain === domain);
    const met = criteria.filter((r) => r.status === 'MET').length;
    const applicable = criteria.filter((r) => r.status !== 'NOT_APPLICABLE').length;
    return { domain, met, applicable, total: criteria.length, percent: percentOf(met, applicable), criteria };
  });
  const counts: DomainCount[] = domains.map(({ domain, met, applicable }) => ({ domain, met, applicable }));
  const met = domains.reduce((sum, d) => sum + d.met, 0);
  const applicable = domains.reduce((sum, d) => sum + d.applicable, 0);

  const tier = estimateTier(counts);
  const next = nextTierRule(tier);
  const gaps = next ? tierGaps(next, counts) : [];

  const mentions = TNL_MENTION_RULES.map((rule): MentionReadiness => {
    const criteriaMet = rule.criterionIds.filter((id) => results.some((r) => r.id === id && r.status === 'MET'));
    const withinReach =
      criteriaMet.length >= rule.minMet &&
      tierIndex(tier) >= tierIndex(rule.minTier) &&
      (!rule.firstApplicationOnly || facts.awardedLabels.length === 0);
    return {
      mention: rule.mention,
      withinReach,
      criteriaMet,
      criteriaMissing: rule.criterionIds.filter((id) => !criteriaMet.includes(id)),
    };
  });

  return {
    notice: TNL_SELF_ASSESSMENT_NOTICE,
    figures: facts.figures,
    domains,
    overall: { met, applicable, percent: percentOf(met, applicable) },
    tier,
    legacyLevel: estimateLegacyLevel(counts),
    nextTier: next?.tier ?? null,
    nextTierGaps: gaps,
    missingForNextTier: missingFor(gaps, domains).map((r) => missingCriterion(criterionOf.get(r.id), r)),
    mentions,
    mentionsWithinReach: mentions.filter((m) => m.withinReach).map((m) => m.mention),
  };
}

/** The facts without what the pooling body contributes; null when it contributes nothing. */
function ownFacts(input: ReadinessInput, facts: ReadinessFacts): ReadinessFacts | null {
  const fleet = input.fleet ?? [];
  const pooled =
    input.inventory.some((i) => i.pooled) || fleet.some((d) => d.pooled) || input.evidence.some((e) => e.pooled);
  if (!pooled) return null;
  return {
    ...facts,
    evidence: input.evidence.filter((e) => !e.pooled),
    figures: inventoryFigures(
      input.inventory.filter((i) => !i.pooled),
      fleet.filter((d) => !d.pooled),
    ),
  };
}

function assessCriterion(criterion: TnlCriterion, facts: ReadinessFacts): Omit<CriterionResult, 'throughPooling'> {
  const base = { id: criterion.id, domain: criterion.domain, title: criterion.title };
  const metBy = criterion.anyOf.findIndex((alternative) => alternativeHolds(alternative, criterion.id, facts));
  if (metBy >= 0) return { ...base, status: 'MET', metBy };
  return { ...base, status: isNotApplicable(criterion, facts) ? 'NOT_APPLICABLE' : 'UNMET', metBy: null };
}

/** A criterion that rests on pact actions only, all of them NOT_APPLICABLE, can never be met: it leaves the count. */
function isNotApplicable(criterion: TnlCriterion, facts: ReadinessFacts): boolean {
  const actionsOnly = criterion.anyOf.every((alternative) =>
    alternative.every((c) => c.kind === 'ACTION_STATUS' || c.kind === 'ACTION_EVIDENCE'),
  );
  return actionsOnly && criterionActionCodes(criterion).every((code) => facts.statusOf(code) === 'NOT_APPLICABLE');
}

/** The unmet criteria of the domains the gaps name; see `ReadinessAssessment.missingForNextTier`. */
function missingFor(gaps: readonly TnlTierGap[], domains: readonly DomainReadiness[]): CriterionResult[] {
  const wanted = new Set<TnlDomain>();
  for (const gap of gaps) {
    if (gap.scope === 'DOMAIN') wanted.add(gap.domain);
    if (gap.scope === 'DOMAINS_WITH_A_CRITERION')
      domains.filter((d) => d.met === 0).forEach((d) => wanted.add(d.domain));
    if (gap.scope === 'OVERALL') domains.forEach((d) => wanted.add(d.domain));
  }
  return domains.filter((d) => wanted.has(d.domain)).flatMap((d) => d.criteria.filter((r) => r.status === 'UNMET'));
}

function missingCriterion(criterion: TnlCriterion | undefined, result: CriterionResult): MissingCriterion {
  if (!criterion) throw new Error(`Unknown TNL criterion ${result.id}`);
  return {
    id: result.id,
    domain: result.domain,
    title: result.title,
    satisfiedBy: criterion.anyOf.map(describeAlternative),
    anyOf: criterion.anyOf,
  };
}

const percentOf = (met: number, applicable: number): number | null =>
  applicable > 0 ? roundScore((100 * met) / applicable) : null;

function checkedFacts(input: ReadinessInput): ReadinessFacts {
  const catalogue = getCatalogue();
  const codes = new Set(catalogue.actions.map((a) => a.code));
  const checkCode = (code: string, where: string) => {
    if (!codes.has(code)) throw new Error(`${where}: unknown action code "${code}"`);
  };

  const statuses = new Map<string, ProgressStatus>();
  for (const entry of input.progress) {
    checkCode(entry.actionCode, 'Progress');
    if (!isProgressStatus(entry.status)) {
      throw new Error(`Progress of ${entry.actionCode}: unknown status ${String(entry.status)}`);
    }
    if (statuses.has(entry.actionCode)) {
      throw new Error(`Several progress entries for action ${entry.actionCode}`);
    }
    statuses.set(entry.actionCode, entry.status);
  }

  input.evidence.forEach((evidence, index) => {
    if (!isEvidenceKind(evidence.kind)) {
      throw new Error(
        `Evidence ${index}: unknown kind ${String(evidence.kind)}, expected ${EVIDENCE_KINDS.join(', ')}`,
      );
    }
    evidence.actionCodes.forEach((code) => checkCode(code, `Evidence ${index}`));
    for (const id of evidence.criterionIds ?? []) {
      if (!findTnlCriterion(id)) throw new Error(`Evidence ${index}: unknown TNL criterion "${id}"`);
    }
  });

  const awardedLabels = input.awardedLabels ?? [];
  awardedLabels.forEach((label, index) => {
    const [issue] = checkAwardedLabel(label);
    if (issue) throw new Error(`Awarded label ${index}: ${issue.code} on ${issue.path}`);
  });

  return {
    statusOf: (code) => statuses.get(code) ?? 'NOT_STARTED',
    evidence: input.evidence,
    figures: inventoryFigures(input.inventory, input.fleet ?? []),
    awardedLabels,
  };
}
