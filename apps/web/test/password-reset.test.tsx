import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../src/app/router';
import AuthPage from '../src/features/account/components/AuthPage';
import ForgotPasswordPage from '../src/features/account/components/ForgotPasswordPage';
import ResetPasswordPage from '../src/features/account/components/ResetPasswordPage';
import { SessionProvider } from '../src/features/account/hooks/useSession';
import { checkNewPassword, isResetToken } from '../src/features/account/utils/validation';
import { I18nProvider } from '../src/lib/i18n';
import { GraphQLTestProvider, mockGraphQL, renderWithProviders } from './support/render';

/** A token shaped as the API makes them (32 random bytes, base64url). */
const TOKEN = 'Q2hvb3NlIGEgbmV3IHBhc3N3b3JkIG5vdyBwbGVhc2U';

function renderReset(path: string, locale?: 'fr' | 'en') {
  return renderWithProviders(<ResetPasswordPage />, { path, locale });
}

describe('forgotten password', () => {
  it('is reachable from the sign-in form', () => {
    renderWithProviders(<AuthPage />);
    expect(screen.getByRole('link', { name: 'Mot de passe oublié\u00a0?' })).toHaveAttribute(
      'href',
      '/mot-de-passe-oublie',
    );
  });

  it('checks the address as you type, asks for a link and answers with the same neutral sentence', async () => {
    const user = userEvent.setup();
    const calls = mockGraphQL({ RequestPasswordReset: () => ({ requestPasswordReset: true }) });
    renderWithProviders(<ForgotPasswordPage />);
    const email = screen.getByLabelText('Adresse électronique');
    await user.type(email, 'camille@');
    expect(email).toHaveAccessibleDescription(/Saisissez une adresse électronique valide/);
    await user.click(screen.getByRole('button', { name: 'Recevoir un lien' }));
    expect(calls).toEqual([]);
    await user.type(email, 'example.org ');
    await user.click(screen.getByRole('button', { name: 'Recevoir un lien' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Si un compte utilise l’adresse camille@example.org, un courriel vient d’y être envoyé',
      ),
    );
    expect(calls).toEqual([{ operationName: 'RequestPasswordReset', variables: { email: 'camille@example.org' } }]);
  });
});

describe('reset page (the e-mailed link)', () => {
  it('is routed at the path the API e-mails, not to "page not found"', async () => {
    mockGraphQL({ Me: () => ({ me: null }) });
    const router = createMemoryRouter(routes, { initialEntries: [`/reinitialiser-mot-de-passe?token=${TOKEN}`] });
    render(
      <GraphQLTestProvider>
        <I18nProvider>
          <SessionProvider>
            <RouterProvider router={router} />
          </SessionProvider>
        </I18nProvider>
      </GraphQLTestProvider>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Choisir un nouveau mot de passe' })).toBeVisible();
    expect(screen.queryByText('Page introuvable')).not.toBeInTheDocument();
  });

  it('validates the new password as sign-up does, sends it with the token, then leads to sign in', async () => {
    const user = userEvent.setup();
    const calls = mockGraphQL({ Me: () => ({ me: null }), ResetPassword: () => ({ resetPassword: true }) });
    renderReset(`/reinitialiser-mot-de-passe?token=${TOKEN}`);
    const password = screen.getByLabelText('Nouveau mot de passe');
    const confirmation = screen.getByLabelText('Confirmer le nouveau mot de passe');
    await user.type(password, 'court');
    expect(password).toHaveAccessibleDescription(/Le mot de passe doit compter au moins 10 caractères\./);
    await user.type(password, ' mais assez long');
    expect(password).not.toHaveAttribute('aria-invalid');
    await user.type(confirmation, 'court mais');
    expect(confirmation).toHaveAccessibleDescription('Les deux mots de passe ne sont pas identiques.');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le mot de passe' }));
    expect(calls.some((c) => c.operationName === 'ResetPassword')).toBe(false);
    await user.type(confirmation, ' assez long');
    expect(confirmation).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le mot de passe' }));
    const done = await screen.findByTestId('password-changed');
    expect(done).toHaveTextContent('Votre mot de passe a été changé.');
    expect(done).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Se connecter avec le nouveau mot de passe' })).toHaveAttribute(
      'href',
      '/connexion',
    );
    expect(calls.find((c) => c.operationName === 'ResetPassword')?.variables).toEqual({
      input: { token: TOKEN, password: 'court mais assez long' },
    });
  });

  it('says plainly when the link was used or expired, and offers a new one', async () => {
    const user = userEvent.setup();
    mockGraphQL({
      Me: () => ({ me: null }),
      ResetPassword: () => {
        throw { errors: [{ message: 'used', extensions: { code: 'INVALID_RESET_TOKEN' } }] };
      },
    });
    renderReset(`/reinitialiser-mot-de-passe?token=${TOKEN}`, 'en');
    await user.type(screen.getByLabelText('New password'), 'un mot de passe assez long');
    await user.type(screen.getByLabelText('Confirm the new password'), 'un mot de passe assez long');
    await user.click(screen.getByRole('button', { name: 'Save the password' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This reset link is no longer valid: it was already used or it expired',
    );
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/mot-de-passe-oublie');
    expect(screen.queryByTestId('password-changed')).not.toBeInTheDocument();
  });

  it('shows no form for a link without a usable token', () => {
    const calls = mockGraphQL({});
    renderReset('/reinitialiser-mot-de-passe?token=abc');
    expect(screen.getByText(/Ce lien de réinitialisation est incomplet/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Nouveau mot de passe')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Demander un nouveau lien' })).toHaveAttribute(
      'href',
      '/mot-de-passe-oublie',
    );
    expect(calls).toEqual([]);
  });
});

describe('new password rules', () => {
  it('asks for 10 characters and the same password twice; recognises the shape of a token', () => {
    expect(checkNewPassword({ password: '', confirmation: '' })).toEqual({
      password: 'REQUIRED',
      confirmation: 'REQUIRED',
    });
    expect(checkNewPassword({ password: '123456789', confirmation: '123456789' }).password).toBe('PASSWORD_TOO_SHORT');
    expect(checkNewPassword({ password: '1234567890', confirmation: '1234567890x' }).confirmation).toBe(
      'PASSWORD_MISMATCH',
    );
    expect(checkNewPassword({ password: '1234567890', confirmation: '1234567890' })).toEqual({});
    expect(isResetToken(TOKEN)).toBe(true);
    expect(isResetToken(null)).toBe(false);
    expect(isResetToken(`${TOKEN}!`)).toBe(false);
  });
});
