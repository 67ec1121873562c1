import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { showLoadFailure } from './app/load-failure';
import { initialLocale, loadMessages } from './lib/i18n';
import './styles.css';
import './open-data.css';
import './print.css';

const root = document.getElementById('root')!;
// The first render waits for the messages of the language the visit starts in (their own chunk, see lib/i18n); if
// they cannot load, the visitor is told so and offered to reload, instead of a blank page.
loadMessages(initialLocale()).then(
  () =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  () => showLoadFailure(root),
);
