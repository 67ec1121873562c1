import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Layout } from '../src/app/Layout';
import AuthPage from '../src/features/account/components/AuthPage';
import { SessionProvider } from '../src/features/account/hooks/useSession';
import { I18nProvider } from '../src/lib/i18n';
import { GraphQLTestProvider, mockGraphQL } from './support/render';

const camille = {
  id: 'u1',
  displayName: 'Camille',
  email: 'camille@example.org',
  signedInWithProvider: false,
  roles: [],
};

describe('after sign-up', () => {
  it('says what to do next: find a collectivity to follow it or ask for a role there', async () => {
    const user = userEvent.setup();
    let signedUp = false;
    mockGraphQL({
      Me: () => ({ me: signedUp ? camille : null }),
      SignUp: () => {
        signedUp = true;
        return { signUp: camille };
      },
    });
    render(
      <GraphQLTestProvider>
        <I18nProvider>
          <SessionProvider>
            <MemoryRouter initialEntries={['/connexion']}>
              <Routes>
                <Route element={<Layout />}>
                  <Route index element={<h1>Accueil</h1>} />
                  <Route path="connexion" element={<AuthPage />} />
                </Route>
              </Routes>
            </MemoryRouter>
          </SessionProvider>
        </I18nProvider>
      </GraphQLTestProvider>,
    );
    expect(screen.queryByRole('status', { name: 'Votre compte est créé' })).not.toBeInTheDocument();
    const form = within(screen.getByTestId('sign-up-form'));
    await user.type(form.getByLabelText('Adresse électronique'), 'camille@example.org');
    await user.type(form.getByLabelText('Mot de passe'), 'une-longue-phrase');
    await user.type(form.getByLabelText('Nom affiché'), 'Camille');
    await user.click(form.getByRole('button', { name: 'Créer mon compte' }));

    expect(await screen.findByRole('heading', { name: 'Accueil' })).toBeInTheDocument();
    const welcome = within(screen.getByRole('status', { name: 'Votre compte est créé' }));
    expect(welcome.getByText(/suivez-la pour recevoir ses nouveautés, ou demandez-y un rôle/)).toBeInTheDocument();
    expect(welcome.getByRole('link', { name: 'Chercher une collectivité' })).toHaveAttribute('href', '/recherche');
    expect(welcome.getByRole('link', { name: 'Voir mon compte' })).toHaveAttribute('href', '/mon-compte');
  });
});
