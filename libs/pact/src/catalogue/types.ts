import { EvidenceKind } from '../evidence-kind';
import { LocalizedText } from '../i18n';
import { TnlDomain } from '../tnl-domain';

/** The editions of the pact this library knows. A new edition gets its own folder under `catalogue/`. */
export const PACT_EDITIONS = ['2026'] as const;
export type PactEdition = (typeof PACT_EDITIONS)[number];

/** The edition used when none is given. */
export const CURRENT_EDITION: PactEdition = '2026';

/** The three sections of the pact, each one commitment of the signing form. */
export type PactSectionNumber = 1 | 2 | 3;
export const PACT_SECTION_NUMBERS: readonly PactSectionNumber[] = [1, 2, 3];

export interface PactSection {
  number: PactSectionNumber;
  title: LocalizedText;
  summary: LocalizedText;
}

/** One checklist item of the pact. */
export interface PactAction {
  /** Stable code, `<section>.<order>`, e.g. '1.1' … '3.10'. */
  code: string;
  edition: '2026';
  section: PactSectionNumber;
  /** 1-based position within the section, in the order of the seed document. */
  order: number;
  /** Concise title. */
  title: LocalizedText;
  /** Plain-language statement of the action (French close to the bullet, English a faithful translation). */
  description: LocalizedText;
  /**
   * The French bullet exactly as in the seed document (without the leading "- "), markdown links and footnote
   * marks included. Use `plainSourceText` to show it without markup.
   */
  sourceText: string;
  /** The kinds of evidence that would typically show this action was taken. */
  evidenceKinds: EvidenceKind[];
  /** The Territoire Numérique Libre label domains this action feeds. */
  tnlDomains: TnlDomain[];
  /** Weight in the weighted scores; 1 unless stated otherwise. */
  weight: number;
}

export interface PactCatalogue {
  edition: string;
  sections: PactSection[];
  actions: PactAction[];
}
