import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { Layout } from '../src/app/Layout';
import { I18nProvider, LOCALE_STORAGE_KEY } from '../src/lib/i18n';
import { GraphQLTestProvider } from './support/render';

/** Shows the router's query string, to check the language that the URL carries. */
function Search() {
  return <p data-testid="search">{useLocation().search}</p>;
}

function renderLayout(entry = '/') {
  return render(
    <StrictMode>
      <GraphQLTestProvider>
        <I18nProvider>
          <MemoryRouter initialEntries={[entry]}>
            <Routes>
              <Route element={<Layout />}>
                <Route index element={<h1>Accueil</h1>} />
                <Route
                  path="recherche"
                  element={
                    <>
                      <h1>Recherche</h1>
                      <Search />
                    </>
                  }
                />
              </Route>
            </Routes>
          </MemoryRouter>
        </I18nProvider>
      </GraphQLTestProvider>
    </StrictMode>,
  );
}

describe('Layout', () => {
  it('has a skip link to the main landmark, a labelled navigation and a footer', () => {
    renderLayout();
    const skip = screen.getByRole('link', { name: 'Aller au contenu' });
    expect(skip).toHaveAttribute('href', '#main');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(within(nav).getByRole('link', { name: 'Vue nationale' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
  });

  it('leaves focus alone on load, and moves it to the new content after a navigation', async () => {
    const user = userEvent.setup();
    renderLayout();
    expect(document.activeElement).toBe(document.body);
    await user.click(screen.getByRole('link', { name: 'Rechercher' }));
    expect(screen.getByRole('heading', { name: 'Recherche' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('switches to English, sets <html lang> and remembers the choice', async () => {
    const user = userEvent.setup();
    renderLayout();
    expect(document.documentElement.lang).toBe('fr');
    const english = screen.getByRole('button', { name: 'English' });
    expect(english).toHaveAttribute('aria-pressed', 'false');
    await user.click(english);
    expect(screen.getByRole('link', { name: 'Skip to content' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    expect(english).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
  });

  it('starts in the language saved earlier', () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    renderLayout();
    expect(screen.getByRole('link', { name: 'National overview' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it('carries the language in the URL, and keeps it from page to page', async () => {
    const user = userEvent.setup();
    renderLayout('/recherche?q=echirolles');
    expect(screen.getByTestId('search')).toHaveTextContent(/^\?q=echirolles$/);
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByTestId('search')).toHaveTextContent('?q=echirolles&lang=en');
    await user.click(screen.getByRole('link', { name: 'National overview' }));
    await user.click(screen.getByRole('link', { name: 'Search' }));
    expect(screen.getByTestId('search')).toHaveTextContent('?lang=en');
  });
});
