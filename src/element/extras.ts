/**
 * Why this exists: what few page views need — the preferences dialog, the
 * full config validator with its warnings, embed placeholders, the consent
 * log and the compliance lint — is one module loaded on demand, so the script
 * every visitor downloads stays small.
 */
export { preferencesStyles } from './preferences-view.js';
export { validatedConfig, preferences, placeholders, lint, logDecision } from './extras-glue.js';
