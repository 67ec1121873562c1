import { lazy } from 'react';

const CollectivityPage = lazy(() => import('../../features/collectivity/components/CollectivityPage'));

export function CollectivityRoute() {
  return <CollectivityPage />;
}
