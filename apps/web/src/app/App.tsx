import { RouterProvider } from 'react-router';
import { SessionProvider } from '../features/account/hooks/useSession';
import { I18nProvider } from '../lib/i18n';
import { router } from './router';

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </I18nProvider>
  );
}
