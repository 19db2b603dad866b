/**
 * Why this exists: what few page views need — the preferences dialog, the
 * full config validator with its warnings, and (later) embed placeholders and
 * the compliance lint — is one module loaded on demand, so the script every
 * visitor downloads stays small.
 */
export { renderPreferences, preferencesStyles, type PreferencesContext } from './preferences-view.js';
export { parseConfig, parseConfigJson, type ConsentConfig } from '../core/config.js';
