import {
  POPULATION_STRATA,
  POPULATION_STRATUM_LABELS,
  getSections,
  type Locale,
  type PopulationStratum,
} from '@pacte/pact';
import type { BarDatum } from '../../../components/charts';

export interface AreaStat {
  key: string;
  name: string | null;
  commitments: number;
  /** Of the commitments, those of the labelled demo data set (fictional). */
  demoCommitments: number;
  averageProgress: number | null;
}

export interface SectionRow extends BarDatum {
  section: number;
  /** The section's full title in the current language. */
  title: string;
}

/** Average score of each section of the pact, in catalogue order, titled in the given language. */
export function sectionRows(
  sections: ReadonlyArray<{ section: number; averageScore: number | null }>,
  locale: Locale,
  sectionLabel: (n: number) => string,
): SectionRow[] {
  const bySection = new Map(sections.map((s) => [s.section, s.averageScore]));
  return getSections().map((s) => ({
    key: String(s.number),
    section: s.number,
    label: sectionLabel(s.number),
    title: s.title[locale],
    value: bySection.get(s.number) ?? null,
  }));
}

export interface AreaRow extends BarDatum {
  commitments: number;
}

/** Régions or départements, most advanced first; ties and unknown averages by name. */
export function areaRows(areas: ReadonlyArray<AreaStat>): AreaRow[] {
  return [...areas]
    .map((a) => ({ key: a.key, label: a.name ?? a.key, value: a.averageProgress, commitments: a.commitments }))
    .sort((a, b) => (b.value ?? -1) - (a.value ?? -1) || a.label.localeCompare(b.label, 'fr'));
}

/**
 * Every population stratum, smallest first, with its committed collectivities and their mean progress. Strata with
 * no commitment are kept (value null) so that the reader sees where nobody has committed yet; UNKNOWN only when the
 * API reports it.
 */
export function stratumRows(areas: ReadonlyArray<AreaStat>, locale: Locale): AreaRow[] {
  const byKey = new Map(areas.map((a) => [a.key, a]));
  const keys: PopulationStratum[] = [
    ...POPULATION_STRATA,
    ...(byKey.has('UNKNOWN') ? (['UNKNOWN'] as const) : []),
    // EPCI, syndicats, départements and régions, counted apart from the communes' strata.
    ...(byKey.has('NOT_A_COMMUNE') ? (['NOT_A_COMMUNE'] as const) : []),
  ];
  return keys.map((key) => {
    const area = byKey.get(key);
    return {
      key,
      label: POPULATION_STRATUM_LABELS[key][locale],
      value: area?.averageProgress ?? null,
      commitments: area?.commitments ?? 0,
    };
  });
}

export interface DepartementTile {
  code: string;
  name: string;
  commitments: number;
  /** Of the commitments, those of the labelled demo data set (fictional): said in the tile's text. */
  demoCommitments: number;
  averageProgress: number | null;
  /** 0 (none) to 4, for the colour of the tile: 0, 1, 2–4, 5–9, 10 and more commitments. */
  level: 0 | 1 | 2 | 3 | 4;
}

export interface RegionGroup {
  code: string;
  name: string;
  departements: DepartementTile[];
  commitments: number;
}

export function commitmentLevel(commitments: number): DepartementTile['level'] {
  if (commitments <= 0) return 0;
  if (commitments === 1) return 1;
  if (commitments < 5) return 2;
  if (commitments < 10) return 3;
  return 4;
}

/**
 * The départements that have committed collectivities, most first (then by code): the table beside the map, from
 * byDepartement alone (names as the API gives them).
 */
export function departementRows(stats: ReadonlyArray<AreaStat>): DepartementTile[] {
  return stats
    .filter((s) => s.commitments > 0)
    .map((s) => ({
      code: s.key,
      name: s.name ?? s.key,
      commitments: s.commitments,
      demoCommitments: s.demoCommitments,
      averageProgress: s.averageProgress,
      level: commitmentLevel(s.commitments),
    }))
    .sort((a, b) => b.commitments - a.commitments || a.code.localeCompare(b.code));
}

export interface Territory {
  code: string;
  nom: string;
  region?: string;
  zone?: string;
}

/**
 * The per-département "map" as a grid: every département of metropolitan France and overseas départements, grouped by
 * région in official code order, with the figures of byDepartement (départements absent from it have none).
 */
export function departementGrid(
  departements: ReadonlyArray<Territory>,
  regions: ReadonlyArray<Territory>,
  stats: ReadonlyArray<AreaStat>,
): RegionGroup[] {
  const byCode = new Map(stats.map((s) => [s.key, s]));
  const kept = departements.filter((d) => d.zone === undefined || d.zone === 'metro' || d.zone === 'drom');
  return regions
    .filter((r) => r.zone === undefined || r.zone === 'metro' || r.zone === 'drom')
    .map((region) => {
      const tiles = kept
        .filter((d) => d.region === region.code)
        .map((d) => {
          const stat = byCode.get(d.code);
          const commitments = stat?.commitments ?? 0;
          return {
            code: d.code,
            name: d.nom,
            commitments,
            demoCommitments: stat?.demoCommitments ?? 0,
            averageProgress: stat?.averageProgress ?? null,
            level: commitmentLevel(commitments),
          };
        });
      return {
        code: region.code,
        name: region.nom,
        departements: tiles,
        commitments: tiles.reduce((sum, d) => sum + d.commitments, 0),
      };
    })
    .filter((r) => r.departements.length > 0)
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

/** Label of a commitment source key as the API reports it (LIST_MAJORITY, COUNCIL_DELIBERATION). */
export function sourceCount(bySource: ReadonlyArray<{ key: string; count: number }>, key: string): number {
  return bySource.find((s) => s.key === key)?.count ?? 0;
}

export interface ProgressPointRow {
  key: string;
  /** The month in words, e.g. "mars 2026". */
  label: string;
  value: number | null;
  commitments: number;
  actionsDone: number;
}

/** National progress month by month, for the line chart and its table; `month` is YYYY-MM. */
export function progressOverTimeRows(
  points: ReadonlyArray<{ month: string; commitments: number; actionsDone: number; averageProgress?: number | null }>,
  locale: Locale,
): ProgressPointRow[] {
  const format = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return [...points]
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((p) => ({
      key: p.month,
      label: format.format(new Date(`${p.month}-01T00:00:00Z`)),
      value: p.averageProgress ?? null,
      commitments: p.commitments,
      actionsDone: p.actionsDone,
    }));
}
