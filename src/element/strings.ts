/**
 * Why this exists: every word of the banner, in one place, so that
 * translations replace exactly this shape. (The preferences view's words live
 * with that lazily loaded view, in `preferences-strings.ts`.)
 * The notice is our own summary of the "Cookies" part of the site's privacy
 * policy: what cookies do here, the random anonymous ID, the remembered
 * country and language, that necessary cookies stay on and the rest is the
 * visitor's choice.
 */

import type { PreferencesStrings } from './preferences-strings.js';

/** The banner's text in one language. */
export interface BannerStrings {
  readonly title: string;
  readonly notice: string;
  readonly policyLink: string;
  readonly acceptAll: string;
  readonly rejectAll: string;
  readonly preferences: string;
}

/** All UI text of one language: what a translation may set. */
export type UiStrings = BannerStrings & PreferencesStrings;

export const en: BannerStrings = {
  title: 'Your cookie choices',
  notice:
    'We use cookies to count visits, see how the site is used and which of our ads work, and to remember your country and language. ' +
    'They carry a random ID that does not identify you. Necessary cookies are always on; the rest is your choice, and you can change it at any time.',
  policyLink: 'Read the privacy policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  preferences: 'Preferences',
};
