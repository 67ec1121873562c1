/** What other modules may do with the session cookie: remove it when the account behind it is gone (privacy). */
export { clearSessionCookie } from './session-cookie';
