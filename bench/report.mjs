// Writes the results of `npm run bench` (bench/run.mjs): bench/results/<date>.json and the table in bench/README.md
// between the `bench:results` markers, each figure beside its target of issue 12.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const yes = (ok) => (ok == null ? '—' : ok ? 'yes' : '**no**');

export function tableOf(r) {
  const s = r.scenarios;
  const rows = [];
  const row = (what, product, baseline, ratio, target, met) =>
    rows.push(`| ${what} | ${product} | ${baseline} | ${ratio} | ${target} | ${met} |`);
  if (s.overview) {
    const o = s.overview;
    row(
      'national overview, median / p95',
      o.product
        ? `${o.product.median} / ${o.product.p95} ms`
        : `fails (${o.failures}×): ${String(o.differs).slice(0, 80)}`,
      `raw SQL ${o.baseline.median} / ${o.baseline.p95} ms`,
      o.ratioMedian ?? '—',
      'p95 < 50 ms',
      yes(o.product ? o.product.p95 < 50 && o.sameData : false),
    );
    const small = o.smallerHistory?.product;
    if (o.smallerHistory) {
      // "Constant as the history grows": the same figure on the smaller history, interleaved in the same run.
      const ratio = small && o.product ? o.product.median / small.median : null;
      row(
        `national overview as the history grows: ${o.smallerHistory.historyEntries} → ${o.historyEntries} entries, median / p95`,
        small && o.product ? `${small.median} / ${small.p95} → ${o.product.median} / ${o.product.p95} ms` : 'fails',
        '',
        ratio == null ? '—' : `${Math.round(ratio * 100) / 100}×`,
        'the same (median within 1.25×), p95 < 50 ms at both',
        yes(ratio != null && ratio <= 1.25 && small.p95 < 50 && o.product.p95 < 50),
      );
    }
  }
  if (s.collectivityPage) {
    const p = s.collectivityPage;
    row(
      `collectivity page, ${p.collectivities} collectivities, median / p95`,
      `${p.product.median} / ${p.product.p95} ms`,
      `raw SQL ${p.baseline.median} / ${p.baseline.p95} ms`,
      `${p.ratioMedian}×`,
      'median ≤ 2× raw SQL, p95 < 30 ms',
      yes(p.ratioMedian <= 2 && p.product.p95 < 30 && p.sameData),
    );
  }
  if (s.throughput) {
    const runs = s.throughput.runs;
    for (const what of ['collectivity page', 'overview']) {
      for (const c of [10, 50]) {
        const api = runs.find((x) => x.title === `${what}, API` && x.connections === c);
        const bare = runs.find((x) => x.title === `${what}, bare` && x.connections === c);
        if (!api || !bare) continue;
        const ratio = bare.requestsPerSecond ? api.requestsPerSecond / bare.requestsPerSecond : 0;
        row(
          `${what} throughput, ${c} connections`,
          `${api.requestsPerSecond} req/s (p50 ${api.p50} ms, ${api.non2xx + api.errors} failed)`,
          `bare node:http + pg ${bare.requestsPerSecond} req/s`,
          `${Math.round(ratio * 100)} %`,
          '≥ 50 %',
          yes(ratio >= 0.5 && api.non2xx + api.errors === 0),
        );
      }
    }
  }
  if (s.apiRss) {
    row(
      'API RSS, serving (after the start)',
      `${s.apiRss.maxMiB} MiB`,
      '',
      '',
      '< 300 MB',
      yes(s.apiRss.maxMiB * 1.048576 < 300),
    );
    if (s.apiRss.startMiB != null)
      row(
        'API RSS, its start',
        `${s.apiRss.startMiB} MiB`,
        '',
        '',
        '< 300 MB',
        yes(s.apiRss.startMiB * 1.048576 < 300),
      );
  }
  if (s.historyExport) {
    const e = s.historyExport;
    for (const [name, f] of [
      ['HTTP', e.http],
      ['CLI', e.cli],
    ]) {
      row(
        `history export (${name}), ${e.rows} rows`,
        `${f.rowsPerSecond} rows/s, RSS ${f.maxRssMiB} MiB`,
        `psql \\copy ${e.psqlRowsPerSecond} rows/s`,
        `${f.ratioToPsql}×`,
        '≥ 0.8×, RSS < 250 MB',
        yes(f.ratioToPsql >= 0.8 && f.maxRssMiB * 1.048576 < 250 && e.sameData),
      );
    }
  }
  if (s.imports?.referential) {
    const i = s.imports.referential;
    row(
      `referential import, ${i.rows} rows`,
      `${i.productSeconds} s`,
      `\\copy ${i.copySeconds} s`,
      `${i.ratio}×`,
      '≤ 1.5×',
      yes(i.ratio <= 1.5 && i.sameData),
    );
  }
  if (s.imports?.catalogue?.rows) {
    const c = s.imports.catalogue;
    row(
      `catalogue imports (SILL + Comptoir), ${c.rows} rows`,
      `${c.productSeconds} s`,
      `\\copy ${c.copySeconds} s`,
      `${c.ratio}×`,
      '≤ 1.5×',
      yes(c.ratio <= 1.5 && c.sameData),
    );
  }
  if (s.bundle) {
    row(
      'dashboard JS, first route (gzip)',
      `${s.bundle.firstRouteGzipKiB} KiB`,
      '',
      '',
      '≤ 150 KB',
      yes(s.bundle.firstRouteGzipKiB * 1.024 <= 150),
    );
    if (s.bundle.homePageGzipKiB) {
      row(
        'dashboard JS, all the home page loads (gzip)',
        `${s.bundle.homePageGzipKiB} KiB`,
        '',
        '',
        '≤ 250 KB',
        yes(s.bundle.homePageGzipKiB * 1.024 <= 250),
      );
    }
  }
  const d = r.dataset;
  return [
    `Run of ${r.date} on ${r.machine.cpus} × ${r.machine.model}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}` +
      `${r.apiNodeFlags ? ` (the API with ${r.apiNodeFlags.join(' ')}, as \`npm start\`)` : ''}; ` +
      `load average ${r.loadAverageAtStart.join(' / ')} at start, ${r.loadAverageAtEnd.join(' / ')} at the end ` +
      '(the machine is shared: other work ran meanwhile).',
    ...(r.runs
      ? [
          '',
          ...r.runs.map(
            (run) =>
              `- ${run.scenarios.join(', ')}: run of ${run.date}, load average ${run.loadAverageAtStart.join(' / ')} → ${run.loadAverageAtEnd.join(' / ')}`,
          ),
        ]
      : []),
    '',
    `Dataset: ${d.collectivity} collectivities, ${d.candidate_list} candidate lists, ${d.signatory} signatories, ` +
      `${d.commitment} commitments, ${d.action_progress} progress rows, ${d.milestone} milestones, ${d.evidence} evidence ` +
      `items with ${d.evidence_action} action links, ${d.audit_event} history entries.`,
    '',
    '| what | product | baseline (same run) | ratio | target | met |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

export function writeResults(root, results) {
  const dir = join(root, 'bench/results');
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  const file = join(dir, `${results.date.slice(0, 16).replace(/:/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  const readme = join(root, 'bench/README.md');
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- bench:results -->';
  const end = '<!-- /bench:results -->';
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < 0) throw new Error('bench/README.md has no bench:results markers');
  writeFileSync(readme, `${text.slice(0, i + start.length)}\n${tableOf(results)}\n${text.slice(j)}`);
  console.error(`[bench] wrote ${file} and the table of bench/README.md`);
}
