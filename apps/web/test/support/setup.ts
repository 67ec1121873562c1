import '@testing-library/jest-dom';
import { cleanup, configure } from '@testing-library/react';
import { MESSAGES, provideMessages } from '../../src/lib/i18n';
import { failOnUnexpectedRequests, listen, server } from './msw';

// The dashboard loads one language's messages at a time; tests have both at once.
provideMessages('fr', MESSAGES.fr);
provideMessages('en', MESSAGES.en);

beforeAll(listen);

beforeEach(() => {
  window.localStorage.clear();
  document.documentElement.lang = 'fr';
});

afterEach(async () => {
  // Unmount first: nothing may ask the API once the test's handlers are gone.
  cleanup();
  server.resetHandlers();
  await failOnUnexpectedRequests();
});

afterAll(() => server.close());

// A French browser (jsdom says en-US): the dashboard's first visit follows the browser's languages.
Object.defineProperty(window.navigator, 'languages', { value: ['fr-FR', 'fr'], configurable: true });

// ScrollRestoration scrolls on navigation; jsdom has no layout to scroll.
window.scrollTo = () => undefined;

// findBy* waits 1 s by default: a page of 31 actions rendered on a busy 2-core CI machine can take longer.
configure({ asyncUtilTimeout: 5000 });
