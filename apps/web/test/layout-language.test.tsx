import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Layout } from '../src/app/Layout';
import { I18nProvider, LOCALE_STORAGE_KEY } from '../src/lib/i18n';

function renderLayout() {
  const router = createMemoryRouter([{ element: <Layout />, children: [{ index: true, element: <h1>Accueil</h1> }] }], {
    initialEntries: ['/'],
  });
  return render(
    <I18nProvider>
      <RouterProvider router={router} />
    </I18nProvider>,
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
});
