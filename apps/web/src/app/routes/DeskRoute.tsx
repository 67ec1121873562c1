import { lazy } from 'react';

const DeskPage = lazy(() => import('../../features/desk/components/DeskPage'));

/** The campaign desk (paths.desk). */
export function DeskRoute() {
  return <DeskPage />;
}
