import { BrowserRouter } from 'react-router';
import { SessionProvider } from '../features/account/hooks/useSession';
import { I18nProvider } from '../lib/i18n';
import { GraphQLProvider } from './GraphQLProvider';
import { AppRoutes } from './router';

export function App() {
  return (
    <I18nProvider>
      <GraphQLProvider>
        <SessionProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </SessionProvider>
      </GraphQLProvider>
    </I18nProvider>
  );
}
