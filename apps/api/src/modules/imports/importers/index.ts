import type { Importer } from '../engine/importer';
import { CandidatesImporter } from './candidates.importer';
import { ElectedImporter } from './elected.importer';
import { ProgressImporter } from './progress.importer';
import { ResultsImporter } from './results.importer';
import { SignaturesImporter } from './signatures.importer';

/** Every importer; the engine finds one by its `kind` (see engine/importer.ts, "How to write an importer"). */
export const IMPORTER_CLASSES = [
  SignaturesImporter,
  ProgressImporter,
  CandidatesImporter,
  ResultsImporter,
  ElectedImporter,
] as const;

/** The injection token of the list of importers. */
export const IMPORTERS = Symbol('IMPORTERS');

export type { Importer };
