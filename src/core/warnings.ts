/**
 * Why this exists: the host page comes first. Bad input must never throw into
 * the page; it gets one clear console warning and a safe default. Warnings are
 * deduplicated per consumer so that re-validating on every attribute change
 * does not flood the console with the same message.
 */

/** Receives a human-readable message about bad input. */
export type Warn = (message: string) => void;

const PREFIX = '[cookie-consent]';

/**
 * Returns a `Warn` that prints each distinct message once, prefixed so a site
 * owner can filter for it.
 */
export function createWarner(sink: (message: string) => void = (m) => { console.warn(m); }): Warn {
  const seen = new Set<string>();
  return (message) => {
    if (seen.has(message)) return;
    seen.add(message);
    sink(`${PREFIX} ${message}`);
  };
}

/** Quotes a value for a warning, shortened so a huge attribute cannot flood the console. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
}
