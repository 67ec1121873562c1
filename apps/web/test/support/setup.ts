import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';

// react-router reads these at import time; jsdom does not provide them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

beforeEach(() => {
  window.localStorage.clear();
  document.documentElement.lang = 'fr';
});

// ScrollRestoration scrolls on navigation; jsdom has no layout to scroll.
window.scrollTo = () => undefined;

// findBy* waits 1 s by default: a page of 31 actions rendered on a busy 2-core CI machine can take longer.
configure({ asyncUtilTimeout: 5000 });
