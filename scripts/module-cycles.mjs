#!/usr/bin/env node
/**
 * No cycle between two API modules (apps/api/src/modules/<m>/), even when no file imports itself: e.g.
 * a/a.service → b/b.service and b/b.resolver → a/models/a.model. dependency-cruiser finds the imports (the same
 * resolution as `.dependency-cruiser.cjs`); this folds them into one node per module and reports every group of
 * modules that reach each other (Tarjan's strongly connected components). Exit 1 when there is one.
 *
 * Usage: node scripts/module-cycles.mjs [root]   (root: the folder holding apps/api/src/modules; default: cwd)
 */
import { cruise } from 'dependency-cruiser';
import process from 'node:process';

const MODULE = /^apps\/api\/src\/modules\/([^/]+)\//;

export async function moduleGraph(root = process.cwd()) {
  const previous = process.cwd();
  process.chdir(root);
  try {
    const { output } = await cruise(['apps/api/src/modules'], {
      includeOnly: '^apps/api/src/modules/',
      tsPreCompilationDeps: true,
      validate: false,
    });
    const graph = new Map();
    for (const file of output.modules) {
      const from = MODULE.exec(file.source)?.[1];
      if (!from) continue;
      if (!graph.has(from)) graph.set(from, new Map());
      for (const dep of file.dependencies) {
        const to = MODULE.exec(dep.resolved)?.[1];
        if (to && to !== from && !graph.get(from).has(to)) graph.get(from).set(to, `${file.source} → ${dep.resolved}`);
      }
    }
    return graph;
  } finally {
    process.chdir(previous);
  }
}

/** Every set of two or more modules that depend on each other, each with the imports that close the loop. */
export function moduleCycles(graph) {
  let index = 0;
  const indices = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  const visit = (node) => {
    indices.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), indices.get(next)));
    }
    if (low.get(node) !== indices.get(node)) return;
    const members = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      members.push(member);
    } while (member !== node);
    if (members.length < 2) return;
    const inside = new Set(members);
    const imports = members.flatMap((m) =>
      [...(graph.get(m) ?? new Map())].filter(([to]) => inside.has(to)).map(([, via]) => via),
    );
    cycles.push({ modules: members.sort(), imports: imports.sort() });
  };
  for (const node of [...graph.keys()].sort()) if (!indices.has(node)) visit(node);
  return cycles;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const graph = await moduleGraph(process.argv[2]);
  const cycles = moduleCycles(graph);
  for (const cycle of cycles) {
    console.error(`error api-module-cycle: ${cycle.modules.join(' ↔ ')} depend on each other:`);
    for (const via of cycle.imports) console.error(`    ${via}`);
  }
  if (cycles.length > 0) process.exit(1);
  console.log(`✔ no cycle between the ${graph.size} API modules`);
}
