import { rmSync } from 'node:fs';

/** Removes the run's seed folder (see global-setup.ts). */
export default function globalTeardown(): void {
  const seed = process.env.PACTE_E2E_SEED_DATA_DIR;
  if (seed) rmSync(seed, { recursive: true, force: true });
}
