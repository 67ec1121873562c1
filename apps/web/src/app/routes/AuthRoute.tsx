import { lazy } from 'react';

const AuthPage = lazy(() => import('../../features/account/components/AuthPage'));
const ForgotPasswordPage = lazy(() => import('../../features/account/components/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('../../features/account/components/ResetPasswordPage'));
const AccountPage = lazy(() => import('../../features/account/components/AccountPage'));
const ConfirmEmailPage = lazy(() => import('../../features/account/components/ConfirmEmailPage'));

export function AuthRoute() {
  return <AuthPage />;
}

export function ForgotPasswordRoute() {
  return <ForgotPasswordPage />;
}

/** The page of the link e-mailed by requestPasswordReset (paths.resetPassword). */
export function ResetPasswordRoute() {
  return <ResetPasswordPage />;
}

/** The signed-in user's roles, follows and sessions (paths.account). */
export function AccountRoute() {
  return <AccountPage />;
}

/** The page of the link sent to a new e-mail address (paths.confirmEmail). */
export function ConfirmEmailRoute() {
  return <ConfirmEmailPage />;
}
