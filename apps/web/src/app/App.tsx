import { RouterProvider } from 'react-router';
import { SessionProvider } from '../features/account/hooks/useSession';
import { I18nProvider } from '../lib/i18n';
import { GraphQLProvider } from './GraphQLProvider';
import { router } from './router';

export function App() {
  return (
    <I18nProvider>
      <GraphQLProvider>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </GraphQLProvider>
    </I18nProvider>
  );
}
