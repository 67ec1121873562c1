#!/usr/bin/env node
// Rewrites scripts/test-durations.json, the suites' durations the jest sequencer starts the longest first by (see
// scripts/test-sequencer.cjs), from the log of a whole run: `node scripts/test-durations.mjs artifacts/npm-test.log`
// (CI keeps that log). Jest prints `PASS <project> <file> (<seconds> s)` for each suite, with the time only when it
// passed its 5 s slowTestThreshold: those printed without one are kept as 1 s. Suites the log does not name keep the
// duration the file had; suites that no longer exist are dropped.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');
const target = path.join(import.meta.dirname, 'test-durations.json');
const logs = process.argv.slice(2);
if (logs.length === 0) {
  console.error('usage: node scripts/test-durations.mjs <jest log>…');
  process.exit(2);
}

const previous = existsSync(target) ? JSON.parse(readFileSync(target, 'utf8')).seconds : {};
const measured = {};
// Colours stripped: a log written through a terminal has them.
const line = /^(?:PASS|FAIL) +\S+ +(\S+?)(?: +\((\d+(?:\.\d+)?) s\))?$/;
for (const log of logs) {
  for (const raw of readFileSync(log, 'utf8').split('\n')) {
    const match = line.exec(stripVTControlCharacters(raw).trim());
    if (!match) continue;
    const [, file, time] = match;
    const seconds = time === undefined ? 1 : Number(time);
    measured[file] = Math.max(measured[file] ?? 0, Math.round(seconds * 10) / 10);
  }
}
if (Object.keys(measured).length === 0) {
  console.error(`no "PASS <project> <file>" line in ${logs.join(', ')}`);
  process.exit(1);
}
const seconds = Object.fromEntries(
  Object.entries({ ...previous, ...measured })
    .filter(([file]) => existsSync(path.join(root, file)))
    .sort(([a], [b]) => a.localeCompare(b)),
);
writeFileSync(
  target,
  `${JSON.stringify(
    {
      description:
        'Seconds each jest suite took in a whole run, longest started first (scripts/test-sequencer.cjs). Written by scripts/test-durations.mjs from a run log.',
      seconds,
    },
    null,
    2,
  )}\n`,
);
console.log(`${Object.keys(measured).length} suites measured, ${Object.keys(seconds).length} kept in ${target}`);
