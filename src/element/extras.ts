/**
 * Why this exists: what few page views need — the preferences dialog, the
 * full config validator with its warnings, embed placeholders, the consent
 * log and the compliance lint — is one module loaded on demand, so the script
 * every visitor downloads stays small.
 */
export { renderPreferences, preferencesStyles, type PreferencesContext } from './preferences-view.js';
export { syncPlaceholders, type PlaceholderContext } from './placeholders.js';
export { lintCompliance, type LintContext } from './compliance-lint.js';
export { parseConfig, parseConfigJson, type ConsentConfig } from '../core/config.js';
export { consentLogRecord, sendConsentLog } from '../core/consent-log.js';
