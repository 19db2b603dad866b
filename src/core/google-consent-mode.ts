/**
 * Why this exists: Google tags read consent from the page's `dataLayer`
 * (Consent Mode v2). They must see a `default` — everything denied — before
 * they run, and an `update` after every decision; a returning visitor's stored
 * choice goes out as an update before any gated tag runs. gtag.js only
 * understands entries pushed as an `arguments` object, exactly as its own
 * `gtag()` pushes them, so that is what we push.
 */

/** The signals each category controls unless the config maps them otherwise. */
export const DEFAULT_SIGNALS: Readonly<Record<string, readonly string[]>> = {
  analytics: ['analytics_storage'],
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};

/** How long tags wait for our update after the default, in milliseconds. */
const WAIT_FOR_UPDATE = 500;

type Window = typeof globalThis & { dataLayer?: unknown[] };

/** Pushes one gtag command the way gtag() does (an `arguments` object). */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the parameters are read through `arguments`
function gtag(_command: string, _action: string, _params: object): void {
  const page = globalThis as Window;
  const layer = Array.isArray(page.dataLayer) ? page.dataLayer : (page.dataLayer = []);
  // eslint-disable-next-line prefer-rest-params -- gtag.js reads Arguments objects, not arrays
  layer.push(arguments);
}

/** Every signal of the map, granted when `allowed(category)` says so. */
export function consentSignals(map: Readonly<Record<string, readonly string[]>>, allowed: (category: string) => boolean): Record<string, 'granted' | 'denied'> {
  const signals: Record<string, 'granted' | 'denied'> = {};
  for (const [category, names] of Object.entries(map)) {
    for (const name of names) if (signals[name] !== 'granted') signals[name] = allowed(category) ? 'granted' : 'denied';
  }
  return signals;
}

/** `consent default`: every signal of the map denied, waiting for our update. */
export function pushConsentDefault(map: Readonly<Record<string, readonly string[]>>): void {
  gtag('consent', 'default', { ...consentSignals(map, () => false), wait_for_update: WAIT_FOR_UPDATE });
}

/** `consent update` with the current choice. */
export function pushConsentUpdate(map: Readonly<Record<string, readonly string[]>>, allowed: (category: string) => boolean): void {
  gtag('consent', 'update', consentSignals(map, allowed));
}
