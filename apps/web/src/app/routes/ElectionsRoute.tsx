import { lazy } from 'react';

/** The elections' pages come in chunks of their own, as the other pages but home (see ./PageRoutes). */
export const ElectionsRoute = lazy(() => import('./ElectionsPage'));
export const CollectivityElectionRoute = lazy(
  () => import('../../features/election/components/CollectivityElectionPage'),
);
