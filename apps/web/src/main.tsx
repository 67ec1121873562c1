import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initialLocale, loadMessages } from './lib/i18n';
import './styles.css';
import './open-data.css';
import './print.css';

// The first render waits for the messages of the language the visit starts in (their own chunk, see lib/i18n).
void loadMessages(initialLocale()).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
