import { ReadinessAssessment, TNL_CRITERIA, describeAlternative } from '@pacte/pact';
import { toInventoryFiguresModel } from '../../inventory/models/inventory.model';
import { LabelReadinessModel } from './label.model';

const CRITERIA = new Map(TNL_CRITERIA.map((c) => [c.id, c]));

export function toLabelReadinessModel(r: ReadinessAssessment): LabelReadinessModel {
  return {
    noticeFr: r.notice.fr,
    noticeEn: r.notice.en,
    figures: toInventoryFiguresModel(r.figures),
    domains: r.domains.map((d) => ({
      domain: d.domain,
      met: d.met,
      applicable: d.applicable,
      total: d.total,
      percent: d.percent,
      criteria: d.criteria.map((c) => {
        const alternative = c.metBy === null ? undefined : CRITERIA.get(c.id)?.anyOf[c.metBy];
        const metBy = alternative ? describeAlternative(alternative) : null;
        return {
          id: c.id,
          domain: c.domain,
          titleFr: c.title.fr,
          titleEn: c.title.en,
          status: c.status,
          metByFr: metBy?.fr ?? null,
          metByEn: metBy?.en ?? null,
          throughPooling: c.throughPooling,
        };
      }),
    })),
    overall: r.overall,
    tier: r.tier,
    legacyLevel: r.legacyLevel,
    nextTier: r.nextTier,
    nextTierGaps: r.nextTierGaps.map((g) => ({
      scope: g.scope,
      domain: g.scope === 'DOMAIN' ? g.domain : null,
      needed: g.needed,
    })),
    missingForNextTier: r.missingForNextTier.map((m) => ({
      id: m.id,
      domain: m.domain,
      titleFr: m.title.fr,
      titleEn: m.title.en,
      satisfiedByFr: m.satisfiedBy.map((s) => s.fr),
      satisfiedByEn: m.satisfiedBy.map((s) => s.en),
    })),
    mentions: r.mentions,
    mentionsWithinReach: r.mentionsWithinReach,
  };
}
