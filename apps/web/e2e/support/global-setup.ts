import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { spawnApp } from '../../../api/test/support/spawn-app';
import { ensureBuilt } from './app';

/**
 * Once per run: builds the app if needed, then starts it as the README does on a fresh DATA_DIR (migrations, the
 * official referential, the demo: 20 to 40 s on the embedded database), and stops it. That folder is the run's seed
 * (PACTE_E2E_SEED_DATA_DIR): each suite's app starts on a copy of it (see `startSite`), i.e. it restarts on the data
 * the first start left, instead of loading them again. The first start itself is tested by the API's
 * embedded-start.e2e-spec.ts, and `journeys.e2e-spec.ts` still starts from an empty folder.
 */
export default async function globalSetup(): Promise<void> {
  ensureBuilt();
  const seed = mkdtempSync(path.join(tmpdir(), 'pacte-web-e2e-seed-'));
  try {
    const app = await spawnApp({ DATA_DIR: seed }, 240_000);
    const code = await app.stop();
    if (code !== 0) throw new Error(`the app stopped with code ${code}:\n${app.output()}`);
  } catch (error) {
    rmSync(seed, { recursive: true, force: true });
    throw error;
  }
  process.env.PACTE_E2E_SEED_DATA_DIR = seed;
}
