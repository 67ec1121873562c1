#!/usr/bin/env node
// Builds only the workspaces whose inputs changed since their last build (what `npm start` runs), so that a restart
// takes seconds. A workspace's fingerprint is the path, size and modification time of each of its inputs, plus the
// fingerprints of the workspaces it builds on; it is kept in `<workspace>/dist/.build-fingerprint`. `--force`
// builds everything; `npm run build` still builds everything too. A workspace's build starts as soon as the builds it
// comes `after` have ended, so the API's (tsc) and the dashboard's (Vite) run side by side; each build's output is
// printed whole when it ends.
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

// `npm start` and every build run this first: an older Node (a machine's system Node 20, say) is told so here, in a
// sentence, instead of the API ending on a segmentation fault with nothing printed (seen with Node 20.20).
{
  const required = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).engines.node;
  const least = /^>=(\d+)\.(\d+)\.(\d+)$/.exec(required);
  if (!least) throw new Error(`engines.node in package.json is "${required}": this check reads ">=x.y.z" only`);
  const [have, need] = [process.versions.node.split('.'), least.slice(1)].map((v) => v.map(Number));
  if ((have[0] - need[0] || have[1] - need[1] || have[2] - need[2]) < 0) {
    console.error(
      `Node.js ${process.versions.node} is too old for this project: it needs Node.js ${required} (engines in ` +
        'package.json; README). Install Node.js 24 LTS, or put it first in PATH, and run the command again.',
    );
    process.exit(1);
  }
}

/** In build order; `inputs` relative to the workspace, `after` the workspaces whose output it reads. */
export const WORKSPACES = [
  { name: '@pacte/pact', dir: 'libs/pact', inputs: ['src', 'package.json', 'tsconfig.json', 'tsconfig.build.json'] },
  { name: '@pacte/migrations', dir: 'migrations', inputs: ['src', 'package.json', 'tsconfig.json'] },
  {
    name: '@pacte/api',
    dir: 'apps/api',
    inputs: ['src', 'package.json', 'tsconfig.json', 'tsconfig.build.json'],
    after: ['@pacte/pact', '@pacte/migrations'],
  },
  {
    name: '@pacte/web',
    dir: 'apps/web',
    inputs: ['src', 'index.html', 'public', 'package.json', 'tsconfig.json', 'vite.config.ts'],
    after: ['@pacte/pact'],
  },
];

const SKIPPED = /(\.spec\.tsx?|\.test\.tsx?)$/;

function files(target) {
  if (!existsSync(target)) return [];
  const stat = statSync(target);
  if (!stat.isDirectory()) return [[target, stat]];
  return readdirSync(target)
    .sort()
    .flatMap((name) => (SKIPPED.test(name) ? [] : files(path.join(target, name))));
}

/** The fingerprint of a workspace's inputs (and of the lock file and the base tsconfig every build reads). */
export function fingerprint(workspace, upstream = []) {
  const hash = createHash('sha256');
  const inputs = [
    ...workspace.inputs.map((i) => path.join(root, workspace.dir, i)),
    path.join(root, 'package-lock.json'),
    path.join(root, 'tsconfig.base.json'),
  ];
  for (const input of inputs) {
    for (const [file, stat] of files(input)) hash.update(`${path.relative(root, file)}:${stat.size}:${stat.mtimeMs}\n`);
  }
  for (const print of upstream) hash.update(`after:${print}\n`);
  return hash.digest('hex');
}

const stampOf = (workspace) => path.join(root, workspace.dir, 'dist', '.build-fingerprint');

/** Runs `npm run build -w <name>`; resolves with its exit code once its output (kept apart) has been printed. */
function build(name) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '-s', 'build', '-w', name], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    child.stderr.on('data', (c) => chunks.push(c));
    child.on('error', (error) => chunks.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code) => {
      process.stderr.write(Buffer.concat(chunks));
      resolve(code ?? 1);
    });
  });
}

async function main() {
  const force = process.argv.includes('--force');
  const prints = new Map();
  const started = Date.now();
  const built = [];
  /** Each workspace's build, as a promise of success (true) or failure (false); `true` at once when up to date. */
  const builds = new Map();
  let failure = 0;
  for (const workspace of WORKSPACES) {
    const after = workspace.after ?? [];
    const print = fingerprint(
      workspace,
      after.map((name) => prints.get(name)),
    );
    prints.set(workspace.name, print);
    const stamp = stampOf(workspace);
    if (!force && existsSync(stamp) && readFileSync(stamp, 'utf8') === print) {
      builds.set(workspace.name, Promise.resolve(true));
      continue;
    }
    builds.set(
      workspace.name,
      Promise.all(after.map((name) => builds.get(name))).then(async (upstream) => {
        if (!upstream.every(Boolean)) return false;
        const code = await build(workspace.name);
        if (code !== 0) {
          failure ||= code;
          return false;
        }
        writeFileSync(stamp, print);
        built.push(workspace.name);
        return true;
      }),
    );
  }
  await Promise.all(builds.values());
  if (failure) process.exit(failure);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.error(built.length ? `built ${built.join(', ')} in ${seconds} s` : 'build up to date');
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
