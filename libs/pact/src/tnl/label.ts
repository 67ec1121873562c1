import { LocalizedText, makeGuard } from '../i18n';

/**
 * The two scales of the Territoire Numérique Libre label (ADULLACT): levels 1 to 5 from 2016 to 2024, then from
 * 2025 an entry Badge and a Label graded Bronze, Argent, Or.
 */
export const TNL_SCALES = ['LEGACY', '2025'] as const;
export type TnlScale = (typeof TNL_SCALES)[number];
export const isTnlScale = makeGuard(TNL_SCALES);

export const TNL_SCALE_LABELS: Record<TnlScale, LocalizedText> = {
  LEGACY: { fr: 'Label 2016–2024 (niveaux 1 à 5)', en: '2016–2024 label (levels 1 to 5)' },
  '2025': { fr: 'Label depuis 2025 (Badge, Bronze, Argent, Or)', en: 'Label since 2025 (Badge, Bronze, Silver, Gold)' },
};

/** The years each scale was awarded in; the 2025 scale has no end yet. */
export const TNL_SCALE_YEARS: Record<TnlScale, { from: number; to: number | null }> = {
  LEGACY: { from: 2016, to: 2024 },
  '2025': { from: 2025, to: null },
};

/** The 2016–2024 levels ("copylefts"), 1 = discovery to 5 = excellence. */
export const TNL_LEGACY_LEVELS = [1, 2, 3, 4, 5] as const;
export type TnlLegacyLevel = (typeof TNL_LEGACY_LEVELS)[number];

/** Only the ends of the legacy scale have a name; the levels between are numbered. */
export const TNL_LEGACY_LEVEL_LABELS: Record<TnlLegacyLevel, LocalizedText> = {
  1: { fr: 'Niveau 1 — découverte', en: 'Level 1 — discovery' },
  2: { fr: 'Niveau 2', en: 'Level 2' },
  3: { fr: 'Niveau 3', en: 'Level 3' },
  4: { fr: 'Niveau 4', en: 'Level 4' },
  5: { fr: 'Niveau 5 — excellence', en: 'Level 5 — excellence' },
};

/** What the jury awards on the 2025 scale, lowest first: the Badge (simplified form), then the Label's grades. */
export const TNL_AWARDS_2025 = ['BADGE', 'BRONZE', 'ARGENT', 'OR'] as const;
export type TnlAward2025 = (typeof TNL_AWARDS_2025)[number];
export const isTnlAward2025 = makeGuard(TNL_AWARDS_2025);

/** An estimated position on the 2025 scale, lowest first; NONE when not even the Badge is within reach. */
export const TNL_TIERS = ['NONE', ...TNL_AWARDS_2025] as const;
export type TnlTier = (typeof TNL_TIERS)[number];
export const isTnlTier = makeGuard(TNL_TIERS);

export const TNL_TIER_LABELS: Record<TnlTier, LocalizedText> = {
  NONE: { fr: 'Aucun', en: 'None' },
  BADGE: { fr: 'Badge', en: 'Badge' },
  BRONZE: { fr: 'Label Bronze', en: 'Bronze label' },
  ARGENT: { fr: 'Label Argent', en: 'Silver label' },
  OR: { fr: 'Label Or', en: 'Gold label' },
};

/** The position of a tier, 0 (NONE) to 4 (OR); use it to compare tiers. */
export function tierIndex(tier: TnlTier): number {
  const index = TNL_TIERS.indexOf(tier);
  if (index < 0) {
    throw new Error(`Unknown TNL tier: ${String(tier)}`);
  }
  return index;
}

/** The four special mentions of the 2025 label. */
export const TNL_SPECIAL_MENTIONS = [
  'BEST_FIRST_APPLICATION',
  'MUTUALISATION',
  'PROMOTION_AWARENESS',
  'DIGITAL_SOBRIETY',
] as const;
export type TnlSpecialMention = (typeof TNL_SPECIAL_MENTIONS)[number];
export const isTnlSpecialMention = makeGuard(TNL_SPECIAL_MENTIONS);

export const TNL_SPECIAL_MENTION_LABELS: Record<TnlSpecialMention, LocalizedText> = {
  BEST_FIRST_APPLICATION: { fr: 'Meilleure première candidature', en: 'Best first application' },
  MUTUALISATION: { fr: 'Mutualisation', en: 'Pooling' },
  PROMOTION_AWARENESS: { fr: 'Promotion et sensibilisation', en: 'Promotion and awareness' },
  DIGITAL_SOBRIETY: { fr: 'Sobriété numérique', en: 'Digital sobriety' },
};

/** A label the jury awarded to the collectivity. */
export interface AwardedLabel {
  /** The vintage ("millésime"). */
  year: number;
  scale: TnlScale;
  /** '1' … '5' on the LEGACY scale; 'BADGE', 'BRONZE', 'ARGENT' or 'OR' on the 2025 scale. */
  level: string;
  mentions?: TnlSpecialMention[];
}

/**
 * What is wrong with an awarded label, as rulebook codes (see rules/codes.ts; the dashboard's `rule.<CODE>` texts say
 * it in French and English), empty when the jury could have given it: an unknown scale (INVALID_VALUE on `scale`), a
 * vintage outside its scale's years or a level outside its scale (INVALID_TNL_LABEL on `year` or `level`), an unknown
 * mention (INVALID_VALUE on `mentions`). rules/label.ts `checkTnlLabel` adds "not after this year" for new records.
 */
export function checkAwardedLabel(label: AwardedLabel): AwardedLabelIssue[] {
  if (!isTnlScale(label.scale)) return [{ path: 'scale', code: 'INVALID_VALUE' }];
  const years = TNL_SCALE_YEARS[label.scale];
  if (!Number.isInteger(label.year) || label.year < years.from || (years.to !== null && label.year > years.to)) {
    return [{ path: 'year', code: 'INVALID_TNL_LABEL' }];
  }
  const levels: readonly string[] = label.scale === 'LEGACY' ? TNL_LEGACY_LEVELS.map(String) : TNL_AWARDS_2025;
  if (!levels.includes(label.level.trim())) return [{ path: 'level', code: 'INVALID_TNL_LABEL' }];
  if ((label.mentions ?? []).some((m) => !isTnlSpecialMention(m))) return [{ path: 'mentions', code: 'INVALID_VALUE' }];
  return [];
}

/** One problem of an awarded label: a rulebook issue (rules/codes.ts `RuleIssue`). */
export interface AwardedLabelIssue {
  path: 'scale' | 'year' | 'level' | 'mentions';
  code: 'INVALID_VALUE' | 'INVALID_TNL_LABEL';
}

/** Said wherever a readiness figure is shown. */
export const TNL_SELF_ASSESSMENT_NOTICE: LocalizedText = {
  fr: 'Auto-évaluation calculée à partir des actions, des preuves et de l’inventaire déclarés, sur les critères propres à ce service. À notre connaissance, le jury du label Territoire Numérique Libre ne publie pas de grille chiffrée : seul le jury décide.',
  en: 'Self-assessment computed from the declared actions, evidence and inventory, on this service’s own criteria. To our knowledge, the Territoire Numérique Libre jury publishes no numeric grid: the jury alone decides.',
};
