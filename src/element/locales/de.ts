/**
 * Why this exists: the banner and preferences in German (Deutsch), one
 * language of the UI, loaded on demand only for visitors who read it. Written
 * for meaning against the English in `../strings.ts` and
 * `../preferences-strings.ts`, not word for word.
 * Register: "Sie". "Datenschutzerklärung" and "Speicherdauer" are the usual
 * German terms. The descriptions start with "Damit …" because a German
 * sentence without a subject would read as an order. `{category}` follows
 * "Cookies für", so any label (or a service name, or a list) fits unchanged.
 */
import type { UiStrings } from '../strings.js';

const strings: UiStrings = {
  title: 'Ihre Cookie-Auswahl',
  notice:
    'Wir verwenden Cookies, um Besuche zu zählen, um zu sehen, wie die Website genutzt wird und welche unserer Anzeigen wirken, und um uns Ihr Land und Ihre Sprache zu merken. ' +
    'Die Cookies enthalten eine zufällige ID, die keinen Rückschluss auf Ihre Person zulässt. Notwendige Cookies sind immer aktiv; über alle anderen entscheiden Sie selbst und können Ihre Auswahl jederzeit ändern.',
  policyLink: 'Datenschutzerklärung lesen',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  preferences: 'Einstellungen',
  preferencesTitle: 'Cookie-Einstellungen',
  preferencesIntro: 'Wählen Sie, welche Cookies wir verwenden dürfen. Ihre Auswahl gilt für diese Website und lässt sich jederzeit ändern.',
  saveChoices: 'Auswahl speichern',
  close: 'Schließen',
  language: 'Sprache',
  country: 'Land',
  countryNotSet: 'Nicht festgelegt',
  cookies: 'Cookies',
  cookieName: 'Name',
  cookiePurpose: 'Zweck',
  cookieDuration: 'Speicherdauer',
  placeholderTitle: 'Eingebetteter Inhalt',
  placeholderText: 'Dieser Inhalt bleibt deaktiviert, bis Sie Cookies für {category} erlauben.',
  placeholderAllow: '{category} erlauben',
  categories: {
    necessary: {
      label: 'Notwendig',
      description: 'Damit funktioniert die Website zuverlässig und sicher und kann sich diese Auswahl merken. Diese Cookies lassen sich nicht abschalten.',
    },
    analytics: {
      label: 'Statistiken',
      description: 'Damit zählen wir Besucher und sehen, welche Seiten und Funktionen genutzt werden, um sie zu verbessern.',
    },
    marketing: {
      label: 'Marketing',
      description: 'Damit sehen wir, über welche unserer Anzeigen Besucher zu uns kommen und wie gut diese funktionieren.',
    },
  },
};

export default strings;

export const dir = 'ltr';
