#!/usr/bin/env node
// Bundle size of the dashboard: the JavaScript the first route (/) loads, gzipped, against the total, so that the
// charts, the département map and the other pages are seen split off the first load.
//
//   node bench/bundle-size.mjs            build apps/web (vite build), then report
//   node bench/bundle-size.mjs --no-build report on the existing apps/web/dist
//   node bench/bundle-size.mjs --json     JSON only (for CI artifacts)
//
// "First route" = the entry chunk named in dist/index.html and every chunk it imports statically (Vite's manifest,
// dist/.vite/manifest.json), plus the first load's messages of the default language (French), which main.tsx loads
// before the first render, i.e. what the browser downloads before / can render. Lazy chunks are the rest (an English
// visit loads the English messages instead of the French ones: about the same size; the other pages' messages,
// messages.rest.*, come with those pages).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'apps/web/dist');
const args = new Set(process.argv.slice(2));

if (!args.has('--no-build')) {
  execFileSync('npm', ['run', 'build', '-w', '@pacte/web'], {
    cwd: root,
    stdio: args.has('--json') ? 'ignore' : 'inherit',
  });
}
const manifestFile = join(dist, '.vite/manifest.json');
if (!existsSync(manifestFile)) {
  console.error(`${manifestFile} is missing: build the dashboard first (npm run build -w @pacte/web).`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));

const sizeOf = (file) => {
  const bytes = readFileSync(join(dist, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const firstRoute = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || firstRoute.has(chunk.file)) return;
  firstRoute.add(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported);
};
visit(entryKey);
const DEFAULT_MESSAGES = 'src/lib/i18n/messages.first.fr.ts';
if (!manifest[DEFAULT_MESSAGES]) {
  console.error(`${DEFAULT_MESSAGES} is not a chunk of its own in ${manifestFile}: update bench/bundle-size.mjs.`);
  process.exit(1);
}
visit(DEFAULT_MESSAGES);

const chunks = Object.entries(manifest)
  .filter(([, chunk]) => chunk.file.endsWith('.js'))
  .map(([key, chunk]) => ({
    file: chunk.file,
    source: chunk.src ?? key,
    firstRoute: firstRoute.has(chunk.file),
    ...sizeOf(chunk.file),
  }))
  .sort((a, b) => Number(b.firstRoute) - Number(a.firstRoute) || b.gzip - a.gzip);
const css = Object.values(manifest)
  .flatMap((chunk) => chunk.css ?? [])
  .filter((file, i, all) => all.indexOf(file) === i)
  .map((file) => ({ file, ...sizeOf(file) }));

const sum = (list, field) => list.reduce((total, c) => total + c[field], 0);
const first = chunks.filter((c) => c.firstRoute);
const report = {
  firstRoute: { chunks: first.length, raw: sum(first, 'raw'), gzip: sum(first, 'gzip') },
  lazy: {
    chunks: chunks.length - first.length,
    raw: sum(chunks, 'raw') - sum(first, 'raw'),
    gzip: sum(chunks, 'gzip') - sum(first, 'gzip'),
  },
  total: { chunks: chunks.length, raw: sum(chunks, 'raw'), gzip: sum(chunks, 'gzip') },
  firstRouteShareOfTotalGzip: Math.round((1000 * sum(first, 'gzip')) / sum(chunks, 'gzip')) / 10,
  css: { raw: sum(css, 'raw'), gzip: sum(css, 'gzip') },
  chunks,
};

if (args.has('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
  const rows = chunks.map((c) => [c.firstRoute ? 'first route' : 'lazy', c.source, kb(c.raw), kb(c.gzip)]);
  rows.push(['', '', '', '']);
  rows.push(['first route', `${first.length} chunk(s)`, kb(report.firstRoute.raw), kb(report.firstRoute.gzip)]);
  rows.push(['lazy', `${report.lazy.chunks} chunk(s)`, kb(report.lazy.raw), kb(report.lazy.gzip)]);
  rows.push(['total JS', `${chunks.length} chunk(s)`, kb(report.total.raw), kb(report.total.gzip)]);
  rows.push(['CSS', `${css.length} file(s)`, kb(report.css.raw), kb(report.css.gzip)]);
  const header = ['load', 'chunk (source)', 'raw', 'gzip'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => r.map((cell, i) => (i >= 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of rows) console.log(line(r));
  console.log(
    `\nFirst route: ${kb(report.firstRoute.gzip)} gzipped of ${kb(report.total.gzip)} (${report.firstRouteShareOfTotalGzip} %).`,
  );
  console.log(
    JSON.stringify({
      firstRoute: report.firstRoute,
      lazy: report.lazy,
      total: report.total,
      firstRouteShareOfTotalGzip: report.firstRouteShareOfTotalGzip,
    }),
  );
}
