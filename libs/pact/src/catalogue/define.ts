import { PactAction, PactSectionNumber } from './types';

/** An action as written in an edition's data file; code, order, edition and default weight are derived. */
export type ActionDraft = Omit<PactAction, 'code' | 'edition' | 'section' | 'order' | 'weight'> & { weight?: number };

/**
 * Turns the drafts of one section, listed in the order of the seed document, into actions: the order is the
 * 1-based position and the code is `<section>.<order>`, so codes can neither collide nor skip.
 */
export function defineSection(section: PactSectionNumber, drafts: readonly ActionDraft[]): PactAction[] {
  return drafts.map((draft, index) => ({
    code: `${section}.${index + 1}`,
    edition: '2026',
    section,
    order: index + 1,
    title: draft.title,
    description: draft.description,
    sourceText: draft.sourceText,
    evidenceKinds: [...draft.evidenceKinds],
    tnlDomains: [...draft.tnlDomains],
    weight: draft.weight ?? 1,
  }));
}
