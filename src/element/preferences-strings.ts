/**
 * Why this exists: the preferences view's words, shipped with that lazily
 * loaded view rather than in the bundle every visitor downloads.
 */

/** Label and description of one category. */
export interface CategoryText {
  readonly label: string;
  readonly description: string;
}

/** The preferences view's text in one language. */
export interface PreferencesStrings {
  readonly preferencesTitle: string;
  readonly preferencesIntro: string;
  readonly saveChoices: string;
  readonly close: string;
  readonly language: string;
  readonly country: string;
  readonly countryNotSet: string;
  readonly cookies: string;
  readonly cookieName: string;
  readonly cookiePurpose: string;
  readonly cookieDuration: string;
  /** Shown on a blocked embed without a title. */
  readonly placeholderTitle: string;
  /** Why it is blocked; `{category}` becomes the category's name. */
  readonly placeholderText: string;
  /** The button that allows it; `{category}` becomes the category's name. */
  readonly placeholderAllow: string;
  readonly categories: Readonly<Record<string, CategoryText>>;
}

export const enPreferences: PreferencesStrings = {
  preferencesTitle: 'Cookie preferences',
  preferencesIntro: 'Choose which cookies we may use. Your choice applies to this site and can be changed at any time.',
  saveChoices: 'Save choices',
  close: 'Close',
  language: 'Language',
  country: 'Country',
  countryNotSet: 'Not set',
  cookies: 'Cookies',
  cookieName: 'Name',
  cookiePurpose: 'Purpose',
  cookieDuration: 'Duration',
  placeholderTitle: 'Embedded content',
  placeholderText: 'This stays off until you allow {category} cookies.',
  placeholderAllow: 'Allow {category}',
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
