import { z } from 'zod';
import { ASSESSMENT_VERDICTS } from '../assessment';
import { isActionCode } from '../catalogue/catalogue';
import {
  COLLECTIVITY_KINDS,
  COMMITMENT_SOURCES,
  type CollectivityKind,
  type CommitmentSource,
} from '../collectivity-kind';
import type { LocalizedText } from '../i18n';
import { MIGRATION_STAGES, type MigrationStage } from '../migration-stage';
import { POPULATION_STRATA, type PopulationStratum } from '../population';
import { PROGRESS_STATUSES, type ProgressStatus } from '../progress-status';
import { isIsoCalendarDate } from '../rules/dates';
import { SOFTWARE_CATEGORIES, type SoftwareCategory } from '../software/categories';
import type { AssessmentVerdict } from '../assessment';
import { EXPORT_FILTER_NAMES, type ExportFilterName } from './types';

/** Filters once checked, typed. */
export interface ExportFilters {
  /** Région code (INSEE, 2 digits), of the collectivity the row belongs to. */
  region?: string;
  /** Département code (`01`…`95`, `2A`, `2B`, `971`…). */
  departement?: string;
  /** SIREN of an EPCI: its member communes (an EPCI is not a member of itself). */
  epci?: string;
  kind?: CollectivityKind;
  /** Official code of one collectivity (INSEE for communes, départements and régions, SIREN for the others). */
  code?: string;
  stratum?: PopulationStratum;
  source?: CommitmentSource;
  /** Overall score (%), inclusive bounds. */
  scoreMin?: number;
  scoreMax?: number;
  action?: string;
  status?: ProgressStatus;
  verdict?: AssessmentVerdict;
  stage?: MigrationStage;
  category?: SoftwareCategory;
  /** true: only the labelled demo records; false: none of them. Absent: all, labelled by the `demo` column. */
  demo?: boolean;
  /** Inclusive days (YYYY-MM-DD, Europe/Paris) on the row's date. */
  since?: string;
  until?: string;
}

const score = z
  .string()
  .regex(/^\d{1,3}(\.\d+)?$/)
  .transform(Number)
  .refine((n) => n >= 0 && n <= 100);
const day = z.string().refine(isIsoCalendarDate);

/** How each filter's URL value is read. */
const SCHEMAS: Record<ExportFilterName, z.ZodType<unknown, string>> = {
  region: z.string().regex(/^\d{2}$/),
  departement: z.string().regex(/^(\d{2}|2A|2B|97\d)$/),
  epci: z.string().regex(/^\d{9}$/),
  kind: z.enum(COLLECTIVITY_KINDS),
  code: z.string().regex(/^[0-9A-Z]{2,14}$/),
  stratum: z.enum([...POPULATION_STRATA, 'UNKNOWN', 'NOT_A_COMMUNE']),
  source: z.enum(COMMITMENT_SOURCES),
  scoreMin: score,
  scoreMax: score,
  action: z.string().refine((code) => isActionCode(code)),
  status: z.enum(PROGRESS_STATUSES),
  verdict: z.enum(ASSESSMENT_VERDICTS),
  stage: z.enum(MIGRATION_STAGES),
  category: z.enum(SOFTWARE_CATEGORIES),
  demo: z.enum(['true', 'false']).transform((v) => v === 'true'),
  since: day,
  until: day,
};

/** What each filter means, for the docs and the "Données ouvertes" page; a value to type literally is in backticks. */
export const EXPORT_FILTERS: Record<ExportFilterName, LocalizedText> = {
  region: { fr: 'Code INSEE de la région (2 chiffres)', en: 'INSEE code of the région (2 digits)' },
  departement: { fr: 'Code du département (01…95, 2A, 2B, 971…)', en: 'Code of the département (01…95, 2A, 2B, 971…)' },
  epci: {
    fr: 'SIREN d’un EPCI (9 chiffres) : ses communes membres',
    en: 'SIREN of an EPCI (9 digits): its member communes',
  },
  kind: { fr: 'Type de collectivité (`COMMUNE`, `METROPOLE`…)', en: 'Kind of collectivity (`COMMUNE`, `METROPOLE`…)' },
  code: {
    fr: 'Code officiel d’une collectivité (INSEE ou SIREN)',
    en: 'Official code of one collectivity (INSEE or SIREN)',
  },
  stratum: {
    fr: 'Strate de population des communes, celles de la DGCL (`UNDER_500`… `FROM_200000`, `UNKNOWN`), ou `NOT_A_COMMUNE`',
    en: 'DGCL population stratum of communes (`UNDER_500`… `FROM_200000`, `UNKNOWN`), or `NOT_A_COMMUNE`',
  },
  source: {
    fr: 'Source de l’engagement (`LIST_MAJORITY`, `COUNCIL_DELIBERATION`)',
    en: 'Source of the commitment (`LIST_MAJORITY`, `COUNCIL_DELIBERATION`)',
  },
  scoreMin: { fr: 'Score global minimal (%, inclus)', en: 'Lowest overall score (%, inclusive)' },
  scoreMax: { fr: 'Score global maximal (%, inclus)', en: 'Highest overall score (%, inclusive)' },
  action: { fr: 'Code d’une action du pacte (1.1…3.10)', en: 'Code of one action of the pact (1.1…3.10)' },
  status: {
    fr: 'Statut déclaré (`NOT_STARTED`, `IN_PROGRESS`, `DONE`…)',
    en: 'Declared status (`NOT_STARTED`, `IN_PROGRESS`, `DONE`…)',
  },
  verdict: { fr: 'Verdict d’audit (`KEPT`, `PARTIAL`…)', en: 'Audit verdict (`KEPT`, `PARTIAL`…)' },
  stage: {
    fr: 'Étape de migration (`INVENTORY`… `LEGACY_REMOVED`)',
    en: 'Migration stage (`INVENTORY`… `LEGACY_REMOVED`)',
  },
  category: { fr: 'Catégorie de logiciel (`OFFICE_SUITE`…)', en: 'Software category (`OFFICE_SUITE`…)' },
  demo: {
    fr: '`true` : seulement la démo étiquetée ; `false` : sans elle',
    en: '`true`: only the labelled demo; `false`: without it',
  },
  since: { fr: 'À partir de ce jour (AAAA-MM-JJ, inclus)', en: 'From this day (YYYY-MM-DD, inclusive)' },
  until: { fr: 'Jusqu’à ce jour (AAAA-MM-JJ, inclus)', en: 'Up to this day (YYYY-MM-DD, inclusive)' },
};

/** Why a query string was refused: `EXPORT_UNKNOWN_FILTER` (not a filter of this dataset) or `EXPORT_INVALID_FILTER`. */
export interface ExportFilterIssue {
  code: 'EXPORT_UNKNOWN_FILTER' | 'EXPORT_INVALID_FILTER';
  filter: string;
}

export type ExportFiltersResult = { ok: true; filters: ExportFilters } | { ok: false; issues: ExportFilterIssue[] };

export function isExportFilterName(name: string): name is ExportFilterName {
  return (EXPORT_FILTER_NAMES as readonly string[]).includes(name);
}

/**
 * Reads the filters of a URL's query for a dataset that accepts `accepted`. Each filter takes one value; an empty
 * value counts as absent (a form sends empty fields). Refuses a filter the dataset does not take, a repeated one, and
 * a value of the wrong shape, naming each.
 */
export function parseExportFilters(
  accepted: readonly ExportFilterName[],
  query: Record<string, string | readonly string[] | undefined>,
): ExportFiltersResult {
  const issues: ExportFilterIssue[] = [];
  const filters: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(query)) {
    if (raw === undefined) continue;
    if (!isExportFilterName(name) || !accepted.includes(name)) {
      issues.push({ code: 'EXPORT_UNKNOWN_FILTER', filter: name });
      continue;
    }
    if (typeof raw !== 'string') {
      issues.push({ code: 'EXPORT_INVALID_FILTER', filter: name });
      continue;
    }
    if (raw === '') continue;
    const parsed = SCHEMAS[name].safeParse(raw);
    if (parsed.success) filters[name] = parsed.data;
    else issues.push({ code: 'EXPORT_INVALID_FILTER', filter: name });
  }
  const typed = filters as ExportFilters;
  if (typed.scoreMin !== undefined && typed.scoreMax !== undefined && typed.scoreMin > typed.scoreMax) {
    issues.push({ code: 'EXPORT_INVALID_FILTER', filter: 'scoreMax' });
  }
  if (typed.since !== undefined && typed.until !== undefined && typed.since > typed.until) {
    issues.push({ code: 'EXPORT_INVALID_FILTER', filter: 'until' });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, filters: typed };
}
