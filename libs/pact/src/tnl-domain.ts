import { LocalizedText, makeGuard } from './i18n';

/**
 * The five domains of the Territoire Numérique Libre label (ADULLACT). Each action of the pact is mapped to the
 * domains it feeds, so that label readiness can be read from the actions.
 */
export const TNL_DOMAINS = [
  'STRATEGY_POOLING',
  'GOOD_PRACTICES',
  'FREE_SOFTWARE',
  'COMMUNICATION_ECOSYSTEM',
  'DATA_MANAGEMENT',
] as const;
export type TnlDomain = (typeof TNL_DOMAINS)[number];

export const isTnlDomain = makeGuard(TNL_DOMAINS);

export const TNL_DOMAIN_LABELS: Record<TnlDomain, LocalizedText> = {
  STRATEGY_POOLING: { fr: 'Stratégie et mutualisation', en: 'Strategy and pooling' },
  GOOD_PRACTICES: { fr: 'Bonnes pratiques numériques', en: 'Good digital practices' },
  FREE_SOFTWARE: { fr: 'Logiciels et systèmes libres', en: 'Free software and systems' },
  COMMUNICATION_ECOSYSTEM: { fr: 'Communication et écosystème', en: 'Communication and ecosystem' },
  DATA_MANAGEMENT: { fr: 'Gestion des données', en: 'Data management' },
};
