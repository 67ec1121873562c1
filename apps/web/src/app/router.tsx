import type { ReactNode } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { PageMessages } from '../lib/i18n';
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
 * charts (components/charts). Those pages also wait for the messages of the pages other than home (`page()`, see
 * lib/i18n); the not-found page, in the first load, uses only the first load's messages.
 */
const page = (element: ReactNode) => <PageMessages>{element}</PageMessages>;

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'recherche', element: page(<SearchRoute />) },
      { path: 'collectivites-engagees', element: page(<CommittedDirectoryRoute />) },
      { path: 'committed', element: page(<CommittedDirectoryRoute />) },
      { path: 'donnees-ouvertes', element: page(<OpenDataRoute />) },
      { path: 'open-data', element: page(<OpenDataRoute />) },
      { path: 'collectivite/:kind/:code', element: page(<CollectivityRoute />) },
      { path: 'connexion', element: page(<AuthRoute />) },
      { path: 'mot-de-passe-oublie', element: page(<ForgotPasswordRoute />) },
      { path: 'mon-compte', element: page(<AccountRoute />) },
      { path: 'reinitialiser-mot-de-passe', element: page(<ResetPasswordRoute />) },
      { path: 'confirmer-adresse', element: page(<ConfirmEmailRoute />) },
      { path: 'campagne', element: page(<DeskRoute />) },
      { path: 'elections', element: page(<ElectionsRoute />) },
      { path: 'elections/:kind/:code', element: page(<CollectivityElectionRoute />) },
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
