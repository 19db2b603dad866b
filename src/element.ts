/**
 * `cookie-consent-element/element`: the element class without registering it,
 * for sites that define it under their own tag or in a scoped registry.
 */
export { CookieConsent } from './element/cookie-consent.js';
export { defineCookieConsentAs } from './element/define-as.js';
export type { ConsentChangeDetail, ConsentViewDetail, ConsentView, ConsentEventMap } from './element/events.js';
export type { UiStrings, BannerStrings } from './element/strings.js';
export type { PreferencesStrings, CategoryText } from './element/preferences-strings.js';
export type { ConsentState } from './core/consent-record.js';
export type { CookieConsentConfig, CategoryInput, ServiceInput, CookieEntryInput } from './core/config.js';
