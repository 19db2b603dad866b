/**
 * Why this exists: every word the visitor reads, in one place, so that
 * translations (one small module per language) replace exactly this shape.
 * The notice is our own summary of the "Cookies" part of the site's privacy
 * policy: what cookies do here, the random anonymous ID, the remembered
 * country and language, that necessary cookies stay on and the rest is the
 * visitor's choice.
 */

/** Label and description of one category. */
export interface CategoryText {
  readonly label: string;
  readonly description: string;
}

/** The UI text of one language. */
export interface UiStrings {
  readonly title: string;
  readonly notice: string;
  readonly policyLink: string;
  readonly acceptAll: string;
  readonly rejectAll: string;
  readonly preferences: string;
  readonly preferencesTitle: string;
  readonly preferencesIntro: string;
  readonly saveChoices: string;
  readonly close: string;
  readonly categories: Readonly<Record<string, CategoryText>>;
}

export const en: UiStrings = {
  title: 'Your cookie choices',
  notice:
    'We use cookies to count visits, see how the site is used and which of our ads work, and to remember your country and language. ' +
    'They carry a random ID that does not identify you. Necessary cookies are always on; the rest is your choice, and you can change it at any time.',
  policyLink: 'Read the privacy policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  preferences: 'Preferences',
  preferencesTitle: 'Cookie preferences',
  preferencesIntro: 'Choose which cookies we may use. Your choice applies to this site and can be changed at any time.',
  saveChoices: 'Save choices',
  close: 'Close',
  categories: {
    necessary: {
      label: 'Necessary',
      description: 'Keep the site working, secure and able to remember this choice. They cannot be switched off.',
    },
    analytics: {
      label: 'Analytics',
      description: 'Count visitors and show us which pages and features people use, so we can improve them.',
    },
    marketing: {
      label: 'Marketing',
      description: 'Tell us which of our ads bring people here and how well they perform.',
    },
  },
};

/** Text for a category, falling back to its id ("live-chat" → "Live chat") when we have none. */
export function categoryText(strings: UiStrings, id: string): CategoryText {
  if (Object.hasOwn(strings.categories, id)) {
    const text = strings.categories[id];
    if (text) return text;
  }
  const words = id.replace(/-/g, ' ');
  return { label: words.charAt(0).toUpperCase() + words.slice(1), description: '' };
}
