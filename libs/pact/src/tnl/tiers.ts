import { TNL_DOMAINS, TnlDomain } from '../tnl-domain';
import { TnlAward2025, TnlTier } from './label';

/** What a 2025 tier asks for, on the criteria met per domain. Every field given must hold. */
export interface TnlTierRule {
  tier: TnlAward2025;
  /** At least this many domains have at least one criterion met. */
  minDomainsWithACriterion?: number;
  /** In every domain, at least this percentage of the applicable criteria is met. */
  minPercentInEveryDomain?: number;
  /** Over all domains together, at least this percentage of the applicable criteria is met. */
  minOverallPercent?: number;
}

/**
 * The product's tier rules, lowest tier first. The jury publishes no numeric grid: these rules are a
 * self-assessment, not the jury's.
 *
 * - BADGE: a criterion met in at least 3 of the 5 domains (the Badge is the entry, a short form).
 * - BRONZE: at least 40 % of the criteria met in every domain (a Label needs every domain started).
 * - ARGENT: at least 60 % in every domain.
 * - OR: at least 80 % over all domains, and still at least 60 % in every domain.
 *
 * Each rule implies the ones before it, so the estimated tier is the last rule that holds.
 */
export const TNL_TIER_RULES: readonly TnlTierRule[] = Object.freeze([
  Object.freeze({ tier: 'BADGE', minDomainsWithACriterion: 3 }),
  Object.freeze({ tier: 'BRONZE', minPercentInEveryDomain: 40 }),
  Object.freeze({ tier: 'ARGENT', minPercentInEveryDomain: 60 }),
  Object.freeze({ tier: 'OR', minPercentInEveryDomain: 60, minOverallPercent: 80 }),
] as const);

/**
 * The minimum overall percentage for each legacy level (2016–2024 scale, 1 = discovery … 5 = excellence), once at
 * least one criterion is met: a rough translation of the same criteria onto the old scale, overall only.
 */
export const TNL_LEGACY_LEVEL_RULES: readonly { level: number; minOverallPercent: number }[] = Object.freeze([
  { level: 1, minOverallPercent: 0 },
  { level: 2, minOverallPercent: 20 },
  { level: 3, minOverallPercent: 40 },
  { level: 4, minOverallPercent: 60 },
  { level: 5, minOverallPercent: 80 },
]);

/** Criteria met and applicable (not NOT_APPLICABLE) in one domain. */
export interface DomainCount {
  domain: TnlDomain;
  met: number;
  applicable: number;
}

/** What stands between a collectivity and a tier. */
export type TnlTierGap =
  /** `needed` more domains must get their first criterion met. */
  | { scope: 'DOMAINS_WITH_A_CRITERION'; needed: number }
  /** `needed` more criteria must be met in this domain. */
  | { scope: 'DOMAIN'; domain: TnlDomain; needed: number }
  /** `needed` more criteria must be met, in any domain. */
  | { scope: 'OVERALL'; needed: number };

/** The number of criteria out of `applicable` that makes at least `percent` %. */
export function criteriaForPercent(percent: number, applicable: number): number {
  return Math.ceil((percent * applicable) / 100);
}

/**
 * What is missing to satisfy a tier rule; an empty list when it holds. A domain with no applicable criterion does
 * not hold a percentage gate back (it cannot happen with the 2026 criteria: each domain has a criterion that no
 * NOT_APPLICABLE status removes).
 */
export function tierGaps(rule: TnlTierRule, counts: readonly DomainCount[]): TnlTierGap[] {
  checkCounts(counts);
  const gaps: TnlTierGap[] = [];
  if (rule.minDomainsWithACriterion !== undefined) {
    const opened = counts.filter((c) => c.met > 0).length;
    if (opened < rule.minDomainsWithACriterion) {
      gaps.push({ scope: 'DOMAINS_WITH_A_CRITERION', needed: rule.minDomainsWithACriterion - opened });
    }
  }
  if (rule.minPercentInEveryDomain !== undefined) {
    for (const count of counts) {
      const needed = criteriaForPercent(rule.minPercentInEveryDomain, count.applicable) - count.met;
      if (needed > 0) gaps.push({ scope: 'DOMAIN', domain: count.domain, needed });
    }
  }
  if (rule.minOverallPercent !== undefined) {
    const met = counts.reduce((sum, c) => sum + c.met, 0);
    const applicable = counts.reduce((sum, c) => sum + c.applicable, 0);
    const needed = criteriaForPercent(rule.minOverallPercent, applicable) - met;
    if (needed > 0) gaps.push({ scope: 'OVERALL', needed });
  }
  return gaps;
}

/** The highest tier whose rule holds, trying them from the lowest and stopping at the first that does not. */
export function estimateTier(counts: readonly DomainCount[]): TnlTier {
  let tier: TnlTier = 'NONE';
  for (const rule of TNL_TIER_RULES) {
    if (tierGaps(rule, counts).length > 0) break;
    tier = rule.tier;
  }
  return tier;
}

/** The next tier above `tier` and its rule, or null above OR. */
export function nextTierRule(tier: TnlTier): TnlTierRule | null {
  const index = tier === 'NONE' ? 0 : TNL_TIER_RULES.findIndex((r) => r.tier === tier) + 1;
  return TNL_TIER_RULES[index] ?? null;
}

/** The legacy level (0–5) the same criteria stand for: 0 when none is met, then by overall percentage. */
export function estimateLegacyLevel(counts: readonly DomainCount[]): number {
  checkCounts(counts);
  const met = counts.reduce((sum, c) => sum + c.met, 0);
  const applicable = counts.reduce((sum, c) => sum + c.applicable, 0);
  if (met === 0) return 0;
  let level = 0;
  for (const rule of TNL_LEGACY_LEVEL_RULES) {
    if (met < criteriaForPercent(rule.minOverallPercent, applicable)) break;
    level = rule.level;
  }
  return level;
}

function checkCounts(counts: readonly DomainCount[]): void {
  const domains = counts.map((c) => c.domain);
  if (domains.length !== TNL_DOMAINS.length || !TNL_DOMAINS.every((d) => domains.includes(d))) {
    throw new Error(`Expected one count per TNL domain (${TNL_DOMAINS.join(', ')}), got ${domains.join(', ')}`);
  }
  for (const c of counts) {
    if (!Number.isInteger(c.met) || !Number.isInteger(c.applicable) || c.met < 0 || c.met > c.applicable) {
      throw new RangeError(`Invalid count for ${c.domain}: ${c.met} met of ${c.applicable} applicable`);
    }
  }
}
