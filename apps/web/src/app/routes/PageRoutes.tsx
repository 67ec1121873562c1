import { lazy } from 'react';

/**
 * Pages that are not the home page come in their own chunks, loaded when first visited: the first load carries only
 * what the home page shows (see bench/bundle-size.mjs). The Layout's Suspense shows the loading state meanwhile.
 */
export const SearchRoute = lazy(() =>
  import('../../features/search/components/SearchPage').then((m) => ({ default: m.SearchPage })),
);
export const CommittedDirectoryRoute = lazy(() =>
  import('../../features/directory/components/CommittedDirectoryPage').then((m) => ({
    default: m.CommittedDirectoryPage,
  })),
);
export const OpenDataRoute = lazy(() =>
  import('../../features/opendata/components/OpenDataPage').then((m) => ({ default: m.OpenDataPage })),
);
