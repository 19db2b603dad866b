/**
 * Why this exists: registration without the side effect, for sites that pick
 * their own tag name or registry. A page that loads two copies of the package
 * (the script tag and an npm bundle, say) must keep working: the second copy
 * warns once and leaves the first in charge.
 */
import { CookieConsent } from './cookie-consent.js';

/** Defines `CookieConsent` as `tag` unless that tag is taken. Returns whether this call defined it. */
export function defineCookieConsentAs(tag = 'cookie-consent', registry: CustomElementRegistry = customElements): boolean {
  const existing = registry.get(tag);
  if (existing) {
    if (existing !== CookieConsent) {
      console.warn(`[cookie-consent] <${tag}> is already defined by another script or another copy of cookie-consent-element; this copy does nothing.`);
    }
    return false;
  }
  registry.define(tag, CookieConsent);
  return true;
}
