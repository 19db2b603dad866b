/**
 * `cookie-consent-element/core`: the consent model without Lit or any UI, for
 * sites that draw their own banner. Safe to import where there is no DOM.
 */
export { ConsentStore, type ConsentStoreOptions, type ConsentListener, type ChangeCause } from './consent-store.js';
export { ScriptGate, GATED_SELECTOR, type ReleaseRule, type ScriptGateOptions } from './script-gate.js';
export type { ConsentRecord, ConsentState, ConsentPolicy } from './consent-record.js';
export { validRecord, decide, toState, changedCategories, allCategories } from './consent-record.js';
export { encodeRecord, decodeRecord, readRecord, writeRecord, removeRecord, consentCookieAttributes, SCHEMA_VERSION, MAX_COOKIE_BYTES } from './cookie-codec.js';
export { deleteMatchingCookies, toCookieMatcher, matchesCookie, candidateDomains, candidatePaths, type CookieMatcher } from './cookie-cleanup.js';
export { NECESSARY, DEFAULT_CATEGORIES, isCategoryId, parseCategoryList } from './categories.js';
export {
  parseRevision,
  parseExpiresDays,
  parseCookieName,
  parseCookieDomain,
  parsePolicyUrl,
  parseLanguage,
  parseCountry,
  safeUrl,
  DEFAULT_COOKIE_NAME,
  DEFAULT_EXPIRES_DAYS,
  DEFAULT_REVISION,
} from './settings.js';
export { resolveLanguage, resolveCountry, type LocaleSources } from './locale.js';
export { randomUuid } from './random-id.js';
export { createWarner, type Warn } from './warnings.js';
export { POLICY_NAME as TRUSTED_TYPES_POLICY } from './trusted-script.js';
