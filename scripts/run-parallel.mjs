#!/usr/bin/env node
// Runs npm scripts side by side (`node scripts/run-parallel.mjs lint:eslint typecheck lint:deps`), each with its output
// kept apart and printed whole when it ends, with its time; exits with the first failure's code once all have ended.
// An argument `a,b` runs `b` after `a`, and only if `a` passed (`build,schema:check`: the schema check reads the
// build), side by side with the others. `npm test` runs its build and static checks so: each is one single-threaded
// process, and the machine has more than one core.
import { spawn } from 'node:child_process';

const lanes = process.argv.slice(2).map((arg) => arg.split(',').filter(Boolean));
if (lanes.length === 0 || lanes.some((lane) => lane.length === 0)) {
  console.error('usage: node scripts/run-parallel.mjs <npm script>[,<npm script after it>…]…');
  process.exit(2);
}
const started = Date.now();

function run(name) {
  return new Promise((resolve) => {
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
  });
}

async function runLane(names) {
  for (const [i, name] of names.entries()) {
    const code = await run(name);
    if (code !== 0) {
      for (const skipped of names.slice(i + 1))
        process.stdout.write(`\n> npm run ${skipped}: not run (${name} failed)\n`);
      return code;
    }
  }
  return 0;
}

const codes = await Promise.all(lanes.map(runLane));
process.exit(codes.find((code) => code !== 0) ?? 0);
