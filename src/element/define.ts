/**
 * Why this exists: registering `<cookie-consent>` is the package's only side
 * effect, kept in this one file so `sideEffects` can name it. Guarded so that
 * importing the package where there is no DOM (server-side rendering) is safe.
 */
import type { CookieConsent } from './cookie-consent.js';
import { defineCookieConsentAs } from './define-as.js';

if (typeof customElements !== 'undefined') defineCookieConsentAs('cookie-consent');

declare global {
  interface HTMLElementTagNameMap {
    'cookie-consent': CookieConsent;
  }
}
