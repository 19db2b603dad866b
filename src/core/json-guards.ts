/**
 * Why this exists: the cookie, the config and `setConsent()` all hand us
 * untrusted values that should be plain objects; one guard says what counts.
 */

/** True for a non-null, non-array object (what JSON calls an object). */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
