import { LocalizedText } from '../i18n';
import {
  AwardedLabel,
  TNL_AWARDS_2025,
  TNL_LEGACY_LEVEL_LABELS,
  TNL_TIER_LABELS,
  TnlLegacyLevel,
  TnlTier,
} from './label';

/**
 * The estimated tier in words, as an estimate. The Badge is the entry of the 2025 scale, not a grade of the Label
 * (Bronze, Argent, Or): it is never called a level of the Label.
 */
export function describeTierEstimate(tier: TnlTier): LocalizedText {
  switch (tier) {
    case 'NONE':
      return { fr: 'ni le Badge ni le Label pour l’instant', en: 'neither the Badge nor the Label yet' };
    case 'BADGE':
      return {
        fr: 'le Badge (l’entrée dans la démarche, distincte des niveaux du Label)',
        en: 'the Badge (the entry into the scheme, apart from the grades of the Label)',
      };
    default:
      return TNL_TIER_LABELS[tier];
  }
}

/**
 * The same criteria on the 2016–2024 scale, in words: "niveau 3 sur l’ancienne échelle (1 à 5)", or, when no
 * criterion is met, that no level of it is reached; never "niveau 0", which that scale does not have.
 */
export function describeLegacyEstimate(level: number): LocalizedText {
  if (level < 1 || level > 5) {
    return {
      fr: 'aucun niveau de l’ancienne échelle (2016–2024, niveaux 1 à 5)',
      en: 'no level of the former scale (2016–2024, levels 1 to 5)',
    };
  }
  return {
    fr: `niveau ${level} de l’ancienne échelle (2016–2024, niveaux 1 à 5)`,
    en: `level ${level} of the former scale (2016–2024, levels 1 to 5)`,
  };
}

/** How high an awarded label stands, to pick the one to show first: later vintages first, then the higher level. */
function labelRank(label: AwardedLabel): number {
  const level = label.scale === 'LEGACY' ? Number(label.level) : TNL_AWARDS_2025.indexOf(label.level as never) + 1;
  return label.year * 10 + level;
}

/** The awarded label to show first, as a fact: the latest vintage (the higher level if two share it); null if none. */
export function latestAwardedLabel<T extends AwardedLabel>(labels: readonly T[]): T | null {
  return labels.reduce<T | null>((best, l) => (best === null || labelRank(l) > labelRank(best) ? l : best), null);
}

/** An awarded label in words, with its vintage: "Label Or, millésime 2025", "Niveau 3, millésime 2021". */
export function describeAwardedLabel(label: AwardedLabel): LocalizedText {
  const level =
    label.scale === 'LEGACY'
      ? TNL_LEGACY_LEVEL_LABELS[Number(label.level) as TnlLegacyLevel]
      : TNL_TIER_LABELS[label.level as TnlTier];
  const name = level ?? { fr: label.level, en: label.level };
  return { fr: `${name.fr}, millésime ${label.year}`, en: `${name.en}, ${label.year} vintage` };
}
