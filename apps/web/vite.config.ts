import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { stripIgnoredCharacters } from 'graphql';
import { defineConfig, type Plugin } from 'vite';

/**
 * Where `vite` (dev) and `vite preview` send the API's routes (GraphQL, evidence files, label files, feeds): the API
 * started by `npm start`.
 */
const apiUrl = process.env.PACTE_API_URL ?? 'http://127.0.0.1:3000';
const proxy = Object.fromEntries(
  ['/graphql', '/health', '/evidence', '/labels', '/feeds', '/declarations', '/imports', '/signatories'].map(
    (prefix) => [prefix, { target: apiUrl, changeOrigin: true }],
  ),
);

const DOCUMENT = /export const (\w+) = new TypedDocumentString\(`([^`\\]*)`/g;
const VIRTUAL_DOCUMENT = 'virtual:pacte-document/';

/**
 * The generated documents (src/generated/graphql.ts, one module) each become a module of their own in the bundle,
 * holding the query text without the indentation and line breaks GraphQL ignores. A module is never split across
 * chunks: as one module, the documents of every page sat in the first load's shared chunk; one module each, a document
 * goes with the pages that use it, and one that no page uses is left out. At run time a document is only its text
 * (lib/graphql's `queryText`); its types stay those of the generated file.
 */
const splitDocuments = (): Plugin => {
  const texts = new Map<string, string>();
  return {
    name: 'pacte-split-graphql-documents',
    apply: 'build',
    transform(code, id) {
      if (!id.endsWith('/src/generated/graphql.ts')) return null;
      const names = [...code.matchAll(DOCUMENT)].map(([, name, text]) => {
        texts.set(name, stripIgnoredCharacters(text));
        return name;
      });
      if (names.length === 0) this.error('no document found in src/generated/graphql.ts: update vite.config.ts');
      return names.map((name) => `export { ${name} } from '${VIRTUAL_DOCUMENT}${name}';`).join('\n');
    },
    resolveId(id) {
      return id.startsWith(VIRTUAL_DOCUMENT) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${VIRTUAL_DOCUMENT}`)) return null;
      const name = id.slice(VIRTUAL_DOCUMENT.length + 1);
      const text = texts.get(name);
      if (text === undefined) this.error(`unknown GraphQL document ${name}`);
      return { code: `export const ${name} = ${JSON.stringify(text)};`, moduleSideEffects: false };
    },
  };
};

/**
 * React Router's package points every bundler at its development build, whose only difference is that its
 * development warnings are on: the production build leaves them out of the bundle (−0.4 KiB gzipped). `vite` (dev)
 * keeps the warnings.
 */
const require = createRequire(import.meta.url);
const productionRouter: Plugin = {
  name: 'pacte-production-react-router',
  apply: 'build',
  enforce: 'pre',
  resolveId(id) {
    if (id !== 'react-router') return null;
    const production = join(dirname(require.resolve('react-router/package.json')), 'dist/production/index.mjs');
    if (!existsSync(production)) this.error(`react-router's production build is not at ${production}`);
    return production;
  },
};

export default defineConfig({
  plugins: [splitDocuments(), productionRouter, react()],
  resolve: {
    alias: {
      // Bundle libs/pact from its TypeScript sources (ES modules, tree-shaken) rather than its CommonJS build.
      '@pacte/pact': fileURLToPath(new URL('../../libs/pact/src/index.ts', import.meta.url)),
      // Only the d3 scales the charts use, not all of d3-scale (see the module).
      'victory-vendor/d3-scale': fileURLToPath(new URL('./src/components/charts/d3-scales.ts', import.meta.url)),
    },
  },
  server: { host: '127.0.0.1', port: 5173, proxy },
  preview: { host: '127.0.0.1', port: 4173, proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json lets bench/bundle-size.mjs tell the first route's chunks from the lazy ones.
    manifest: true,
    sourcemap: false,
    rollupOptions: {
      output: {
        // zod (the forms' rules) in a chunk of its own: a page that needs a rule module's constant or date helper
        // does not load zod with it because the bundler grouped them in one shared chunk.
        advancedChunks: { groups: [{ name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]/ }] },
      },
      // libs/pact is pure code, but its frozen catalogues look like side effects to the bundler: say they are not,
      // so that only what the dashboard imports from it is bundled. The dashboard's own modules do nothing when
      // imported either (main.tsx, which renders, and the style sheets aside): a feature's index that re-exports a
      // form does not bring the form, and its rules, into a page that uses only the feature's session hook.
      treeshake: {
        moduleSideEffects: (id: string) =>
          !id.includes('/libs/pact/src/') &&
          !(id.includes('/apps/web/src/') && !id.endsWith('.css') && !id.endsWith('/src/main.tsx')),
      },
    },
  },
});
