import type { Importer } from '../engine/importer';
import { ProgressImporter } from './progress.importer';
import { SignaturesImporter } from './signatures.importer';

/** Every importer; the engine finds one by its `kind` (see engine/importer.ts, "How to write an importer"). */
export const IMPORTER_CLASSES = [SignaturesImporter, ProgressImporter] as const;

/** The injection token of the list of importers. */
export const IMPORTERS = Symbol('IMPORTERS');

export type { Importer };
