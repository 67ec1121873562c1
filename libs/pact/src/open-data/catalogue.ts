import { AUDITS, COMMITMENTS, COMMITTED_COLLECTIVITIES, EVIDENCE, MILESTONES, PROGRESS } from './datasets-commitments';
import { FIGURES, HISTORY, INVENTORY, SIGNATORIES, SOFTWARE } from './datasets-others';
import { DATASET_IDS, EXPORT_FORMATS, type Dataset, type DatasetId, type ExportFormat } from './types';

/** Every public dataset, in the order of DATASET_IDS. */
export const OPEN_DATASETS: readonly Dataset[] = [
  COMMITTED_COLLECTIVITIES,
  COMMITMENTS,
  PROGRESS,
  MILESTONES,
  EVIDENCE,
  AUDITS,
  SIGNATORIES,
  INVENTORY,
  FIGURES,
  SOFTWARE,
  HISTORY,
];

const BY_ID = new Map<string, Dataset>(OPEN_DATASETS.map((d) => [d.id, d]));

export function isDatasetId(id: string): id is DatasetId {
  return (DATASET_IDS as readonly string[]).includes(id);
}

export function isExportFormat(format: string): format is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(format);
}

/** The dataset of an id; throws on an unknown one (check with isDatasetId first). */
export function getDataset(id: DatasetId): Dataset {
  const dataset = BY_ID.get(id);
  if (!dataset) throw new RangeError(`Unknown dataset ${id}`);
  return dataset;
}

/** The licence of every dataset and of the dump. */
export const OPEN_DATA_LICENCE = {
  name: 'etalab-2.0',
  title: { fr: 'Licence Ouverte / Open Licence version 2.0', en: 'Licence Ouverte / Open Licence version 2.0' },
  path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
} as const;
