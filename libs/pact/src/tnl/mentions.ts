import { deepFreeze } from '../freeze';
import { TnlSpecialMention, TnlTier } from './label';

/**
 * When a special mention looks within reach. The jury publishes no grid; this is the product's reading:
 * at least `minMet` of `criterionIds` met, an estimated tier of at least `minTier`, and for the best first
 * application, no label awarded before.
 */
export interface TnlMentionRule {
  mention: TnlSpecialMention;
  criterionIds: string[];
  minMet: number;
  minTier: TnlTier;
  firstApplicationOnly: boolean;
}

/**
 * - BEST_FIRST_APPLICATION: no label awarded yet, and an estimated tier of BRONZE or better (a first application
 *   with a full Label file).
 * - MUTUALISATION: 2 of pooling structure, pooled or co-funded development, contribution.
 * - PROMOTION_AWARENESS: 3 of training, awareness, local ecosystem, sharing experience.
 * - DIGITAL_SOBRIETY: hardware reuse and durability, and workstations moved to GNU/Linux (a free OS keeps old
 *   hardware in use).
 * The thematic mentions go with an application the jury labels: they also need at least the BADGE.
 */
export const TNL_MENTION_RULES: readonly TnlMentionRule[] = deepFreeze<TnlMentionRule[]>([
  { mention: 'BEST_FIRST_APPLICATION', criterionIds: [], minMet: 0, minTier: 'BRONZE', firstApplicationOnly: true },
  {
    mention: 'MUTUALISATION',
    criterionIds: ['SP-POOLING-STRUCTURE', 'SP-SHARED-DEVELOPMENT', 'CE-CONTRIBUTION'],
    minMet: 2,
    minTier: 'BADGE',
    firstApplicationOnly: false,
  },
  {
    mention: 'PROMOTION_AWARENESS',
    criterionIds: ['CE-TRAINING', 'CE-AWARENESS', 'CE-LOCAL-ECOSYSTEM', 'CE-SHARING'],
    minMet: 3,
    minTier: 'BADGE',
    firstApplicationOnly: false,
  },
  {
    mention: 'DIGITAL_SOBRIETY',
    criterionIds: ['GP-HARDWARE-DURABILITY', 'FS-WORKSTATIONS'],
    minMet: 2,
    minTier: 'BADGE',
    firstApplicationOnly: false,
  },
]);
