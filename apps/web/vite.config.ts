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

/**
 * The generated documents (src/generated/graphql.ts) keep their query text readable; the bundle gets it without the
 * indentation and line breaks GraphQL ignores.
 */
const compactDocuments: Plugin = {
  name: 'pacte-compact-graphql-documents',
  apply: 'build',
  transform(code, id) {
    if (!id.endsWith('/src/generated/graphql.ts')) return null;
    return code.replace(
      /new TypedDocumentString\(`([^`\\]*)`/g,
      // Marked pure: a document that no module uses is left out of the bundle.
      (_, text: string) => `/* @__PURE__ */ new TypedDocumentString(${JSON.stringify(stripIgnoredCharacters(text))}`,
    );
  },
};

export default defineConfig({
  plugins: [compactDocuments, react()],
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
