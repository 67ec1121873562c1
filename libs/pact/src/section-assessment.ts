import { AssessmentVerdict, AuditedEntry, combinedVerdict } from './assessment';
import { PACT_SECTION_NUMBERS, PactSectionNumber } from './catalogue/types';
import { LocalizedText, makeGuard } from './i18n';

/**
 * The pact's commitments are its three sections; their bullets (the actions) are means, which "sont multiples et
 * doivent s'adapter au contexte". Beside the per-action progress, the collectivity (an elected official or IT
 * manager) says where it stands on each section as a whole — a status and a short explanation — and auditors give
 * a verdict on each section, on the same scale as their verdicts on actions.
 */
export const SECTION_SELF_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'KEPT', 'NOT_KEPT'] as const;
export type SectionSelfStatus = (typeof SECTION_SELF_STATUSES)[number];

export const isSectionSelfStatus = makeGuard(SECTION_SELF_STATUSES);

/** The words of a section's self-assessment: "engagement tenu" (a section is one commitment of the pact). */
export const SECTION_SELF_STATUS_LABELS: Record<SectionSelfStatus, LocalizedText> = {
  NOT_STARTED: { fr: 'Pas encore engagé', en: 'Not started' },
  IN_PROGRESS: { fr: 'En cours', en: 'In progress' },
  KEPT: { fr: 'Tenu', en: 'Kept' },
  NOT_KEPT: { fr: 'Non tenu', en: 'Not kept' },
};

/** Whether a number is one of the pact's sections (1, 2, 3). */
export function isPactSectionNumber(value: unknown): value is PactSectionNumber {
  return (PACT_SECTION_NUMBERS as readonly unknown[]).includes(value);
}

/** Where one section stands: the collectivity's self-assessment and the auditors' current verdicts on it. */
export interface SectionStanding {
  section: PactSectionNumber;
  /** The collectivity's own word on the section; null when it has not given one. */
  selfStatus: SectionSelfStatus | null;
  /** The current verdict of each auditor on the section (one each). */
  verdicts: readonly Pick<AuditedEntry, 'verdict' | 'assessedOn' | 'recordedAt'>[];
}

/**
 * Whether the pact is kept, and on whose word:
 * - `AUDITED`: every section has KEPT as its audit verdict (the most recent auditor's verdict that says something,
 *   as for actions: `combinedVerdict`);
 * - `DECLARED`: every section is self-assessed KEPT by the collectivity, and the audit does not say so (yet);
 * - `NOT_KEPT`: otherwise.
 *
 * The actions' progress does not enter it: 31 actions at 100 % is not "pacte tenu" unless the collectivity or an
 * auditor says each of the three commitments is kept, and a commitment can be kept by other means than its bullets.
 */
export type PactKeptStatus = 'AUDITED' | 'DECLARED' | 'NOT_KEPT';

export const PACT_KEPT_STATUSES: readonly PactKeptStatus[] = ['AUDITED', 'DECLARED', 'NOT_KEPT'];

export const PACT_KEPT_LABELS: Record<PactKeptStatus, LocalizedText> = {
  AUDITED: {
    fr: 'Pacte tenu, selon l’audit : les trois engagements sont jugés tenus par les auditeur·rices.',
    en: 'Pact kept, according to the audit: auditors found all three commitments kept.',
  },
  DECLARED: {
    fr: 'Pacte tenu, selon la collectivité : elle déclare ses trois engagements tenus (pas encore confirmé par un audit).',
    en: 'Pact kept, according to the collectivity: it declares its three commitments kept (not yet confirmed by an audit).',
  },
  NOT_KEPT: {
    fr: 'Pacte pas encore tenu : ses trois engagements ne sont pas tous déclarés ou jugés tenus.',
    en: 'Pact not kept yet: its three commitments are not all declared or found kept.',
  },
};

export interface PactStanding {
  status: PactKeptStatus;
  sections: { section: PactSectionNumber; selfStatus: SectionSelfStatus | null; verdict: AssessmentVerdict | null }[];
}

/** Where the pact stands from its sections (see {@link PactKeptStatus}); a section missing from `sections` has nothing. */
export function pactStanding(sections: readonly SectionStanding[]): PactStanding {
  const bySection = new Map(sections.map((s) => [s.section, s]));
  const rows = PACT_SECTION_NUMBERS.map((section) => {
    const s = bySection.get(section);
    return { section, selfStatus: s?.selfStatus ?? null, verdict: combinedVerdict(s?.verdicts ?? []) };
  });
  const status: PactKeptStatus = rows.every((r) => r.verdict === 'KEPT')
    ? 'AUDITED'
    : rows.every((r) => r.selfStatus === 'KEPT')
      ? 'DECLARED'
      : 'NOT_KEPT';
  return { status, sections: rows };
}
