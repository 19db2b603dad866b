/**
 * `cookie-consent-element`: importing it defines `<cookie-consent>`.
 * The class and every public type are exported too.
 */
import './element/define.js';

export * from './element.js';
