import { lazy } from 'react';

const AuthPage = lazy(() => import('../../features/account/components/AuthPage'));

export function AuthRoute() {
  return <AuthPage />;
}
