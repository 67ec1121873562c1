import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './Layout';
import { ElectionsRoute, CollectivityElectionRoute } from './routes/ElectionsRoute';
import { HomeRoute } from './routes/HomeRoute';
import { NotFoundRoute } from './routes/NotFoundRoute';
import { CollectivityRoute } from './routes/CollectivityRoute';
import {
  AccountRoute,
  AuthRoute,
  ConfirmEmailRoute,
  ForgotPasswordRoute,
  ResetPasswordRoute,
} from './routes/AuthRoute';
import { SearchPage } from '../features/search/components/SearchPage';
import { CommittedDirectoryPage } from '../features/directory/components/CommittedDirectoryPage';
import { DeskRoute } from './routes/DeskRoute';
import { OpenDataPage } from '../features/opendata/components/OpenDataPage';

/**
 * The home page and the search are in the first load; the collectivity and election pages come in their own chunks
 * (React.lazy in routes/), and so do the charts (components/charts).
 */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'recherche', element: <SearchPage /> },
      { path: 'collectivites-engagees', element: <CommittedDirectoryPage /> },
      { path: 'committed', element: <CommittedDirectoryPage /> },
      { path: 'donnees-ouvertes', element: <OpenDataPage /> },
      { path: 'open-data', element: <OpenDataPage /> },
      { path: 'collectivite/:kind/:code', element: <CollectivityRoute /> },
      { path: 'connexion', element: <AuthRoute /> },
      { path: 'mot-de-passe-oublie', element: <ForgotPasswordRoute /> },
      { path: 'mon-compte', element: <AccountRoute /> },
      { path: 'reinitialiser-mot-de-passe', element: <ResetPasswordRoute /> },
      { path: 'confirmer-adresse', element: <ConfirmEmailRoute /> },
      { path: 'campagne', element: <DeskRoute /> },
      { path: 'elections', element: <ElectionsRoute /> },
      { path: 'elections/:kind/:code', element: <CollectivityElectionRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export const router = createBrowserRouter(routes);
