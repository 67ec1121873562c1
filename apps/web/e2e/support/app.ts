import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { spawnApp, type SpawnedApp } from '../../../api/test/support/spawn-app';

export const ROOT = path.resolve(__dirname, '../../../..');
const WEB = path.join(ROOT, 'apps/web');

/** Builds what the README's `npm start` builds, plus the dashboard, unless already built (CI builds first). */
export function ensureBuilt(): void {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // jest sets NODE_ENV=test, and Vite would then bundle React's development build: build as `npm start` does.
  const env = { ...process.env, NODE_ENV: 'production' };
  if (!existsSync(path.join(ROOT, 'apps/api/dist/main.js'))) {
    execFileSync(npm, ['run', 'build'], { cwd: ROOT, stdio: 'inherit', env });
  }
  if (!existsSync(path.join(WEB, 'dist/index.html'))) {
    execFileSync(npm, ['run', 'build', '-w', '@pacte/web'], { cwd: ROOT, stdio: 'inherit', env });
  }
}

export interface RunningSite {
  /** Where the browser goes: the API itself when it serves the dashboard, else a Vite preview proxying to it. */
  url: string;
  apiUrl: string;
  servedByApi: boolean;
  /** What the API printed so far (the dashboard's address, the demo's one-time sign-in links, warnings). */
  output(): string;
  stop(): Promise<void>;
}

/** A port nobody listens on now (the API gets it when its address must be known in advance, e.g. PUBLIC_URL). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, timeoutMs: number, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer in ${timeoutMs} ms:\n${output()}`);
}

/** Does the API serve the dashboard (SPA fallback) on its own port? */
async function apiServesDashboard(apiUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${apiUrl}/collectivite/commune/38151`, { headers: { accept: 'text/html' } });
    return response.ok && (await response.text()).includes('<div id="root">');
  } catch {
    return false;
  }
}

/**
 * Starts the built app as the README does (node apps/api/dist/main.js, embedded PostgreSQL in a DATA_DIR of its own,
 * with its demo), and the dashboard: served by the API when it does so, else by `vite preview` proxying /graphql to it.
 * `env` adds variables, such as ADMIN_API_TOKEN for the operator's grantRole. The DATA_DIR is a copy of the run's seed
 * (the folder a first start left, see global-setup.ts) when there is one, unless `fresh`: then an empty folder, and
 * the app loads the referential and the demo itself.
 */
export async function startSite(
  env: Record<string, string> = {},
  { fresh = false }: { fresh?: boolean } = {},
): Promise<RunningSite> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pacte-web-e2e-'));
  const seed = process.env.PACTE_E2E_SEED_DATA_DIR;
  if (!fresh && seed) cpSync(seed, dataDir, { recursive: true });
  let api: SpawnedApp;
  try {
    api = await spawnApp({ ...env, DATA_DIR: dataDir }, 240_000);
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const cleanupApi = async () => {
    await api.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  if (await apiServesDashboard(api.url)) {
    return { url: api.url, apiUrl: api.url, servedByApi: true, output: () => api.output(), stop: cleanupApi };
  }
  const port = await freePort();
  let output = '';
  const preview = spawn(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/vite/bin/vite.js'),
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { cwd: WEB, env: { ...process.env, PACTE_API_URL: api.url }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  preview.stdout.on('data', (c: Buffer) => (output += c.toString()));
  preview.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stopPreview = () =>
    new Promise<void>((resolve) => {
      if (preview.exitCode !== null) return resolve();
      preview.once('exit', () => resolve());
      preview.kill('SIGTERM');
    });
  try {
    await waitForHttp(url, 60_000, preview, () => output);
  } catch (error) {
    await stopPreview();
    await cleanupApi();
    throw error;
  }
  return {
    url,
    apiUrl: api.url,
    servedByApi: false,
    output: () => api.output(),
    stop: async () => {
      await stopPreview();
      await cleanupApi();
    },
  };
}

/** $ARTIFACTS_DIR/screenshots (CI), else artifacts/screenshots at the root; created if missing. */
export function screenshotDir(): string {
  const dir = path.join(process.env.ARTIFACTS_DIR ?? path.join(ROOT, 'artifacts'), 'screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}
