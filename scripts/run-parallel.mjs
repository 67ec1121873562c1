#!/usr/bin/env node
// Runs npm scripts side by side (`node scripts/run-parallel.mjs lint:eslint typecheck lint:deps`), each with its output
// kept apart and printed whole when it ends, with its time; exits with the first failure's code once all have ended.
// `npm test` runs its static checks so: each is one single-threaded process, and the machine has more than one core.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('usage: node scripts/run-parallel.mjs <npm script>…');
  process.exit(2);
}
const started = Date.now();
const runs = names.map(
  (name) =>
    new Promise((resolve) => {
      const child = spawn('npm', ['run', '-s', name], { stdio: ['ignore', 'pipe', 'pipe'] });
      const chunks = [];
      child.stdout.on('data', (c) => chunks.push(c));
      child.stderr.on('data', (c) => chunks.push(c));
      child.on('close', (code, signal) => {
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        const status = code === 0 ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`;
        process.stdout.write(`\n> npm run ${name}: ${status} after ${seconds} s\n${Buffer.concat(chunks).toString()}`);
        resolve(code ?? 1);
      });
    }),
);
const codes = await Promise.all(runs);
process.exit(codes.find((code) => code !== 0) ?? 0);
