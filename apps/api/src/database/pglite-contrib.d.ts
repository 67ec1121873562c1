/**
 * Types of the PGlite contrib extensions we load. PGlite declares them only through its package.json `exports` map,
 * which TypeScript ignores under `moduleResolution: node` (node10); at run time Node resolves these paths normally.
 */
declare module '@electric-sql/pglite/contrib/unaccent' {
  import type { Extension } from '@electric-sql/pglite';
  export const unaccent: Extension;
}

declare module '@electric-sql/pglite/contrib/pg_trgm' {
  import type { Extension } from '@electric-sql/pglite';
  export const pg_trgm: Extension;
}
