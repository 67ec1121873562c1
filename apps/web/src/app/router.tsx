import { useRoutes, type RouteObject } from 'react-router';
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
import { DeskRoute } from './routes/DeskRoute';
import { CommittedDirectoryRoute, OpenDataRoute, SearchRoute } from './routes/PageRoutes';

/**
 * The home page is in the first load; every other page comes in its own chunk (React.lazy in routes/), and so do the
 * charts (components/charts).
 */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'recherche', element: <SearchRoute /> },
      { path: 'collectivites-engagees', element: <CommittedDirectoryRoute /> },
      { path: 'committed', element: <CommittedDirectoryRoute /> },
      { path: 'donnees-ouvertes', element: <OpenDataRoute /> },
      { path: 'open-data', element: <OpenDataRoute /> },
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

/**
 * The pages, in the declarative router (`BrowserRouter` in App.tsx): the dashboard uses no loader, action or fetcher,
 * so the data router (`createBrowserRouter`) and its code are not in the first load.
 */
export function AppRoutes() {
  return useRoutes(routes);
}
