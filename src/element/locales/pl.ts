/**
 * Why this exists: the banner and preferences in Polish (polski), one
 * language of the UI, loaded on demand only for visitors who read it. Written
 * for meaning against the English in `../strings.ts` and
 * `../preferences-strings.ts`, not word for word.
 * Register: the second person singular, as Polish websites address visitors
 * ("Pan/Pani" is not used in interfaces), with "Ty", "Twój", "Cię"
 * capitalised as the polite written form. "Pliki cookie" is the standard
 * term. `{category}` comes after a colon ("pliki cookie: {category}",
 * "Zezwól: {category}"), because Polish would otherwise have to decline the
 * inserted label, service name or list.
 */
import type { UiStrings } from '../strings.js';

const strings: UiStrings = {
  title: 'Pliki cookie: Twój wybór',
  notice:
    'Używamy plików cookie, aby liczyć odwiedziny, sprawdzać, jak korzysta się ze strony i które z naszych reklam działają, a także aby zapamiętać Twój kraj i język. ' +
    'Pliki te zawierają losowy identyfikator, który nie pozwala Cię zidentyfikować. Niezbędne pliki cookie są zawsze włączone; o pozostałych decydujesz Ty i możesz zmienić swój wybór w dowolnym momencie.',
  policyLink: 'Przeczytaj politykę prywatności',
  acceptAll: 'Akceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  preferences: 'Ustawienia',
  preferencesTitle: 'Ustawienia plików cookie',
  preferencesIntro: 'Wybierz, których plików cookie możemy używać. Twój wybór dotyczy tej strony i możesz go zmienić w dowolnym momencie.',
  saveChoices: 'Zapisz wybór',
  close: 'Zamknij',
  language: 'Język',
  country: 'Kraj',
  countryNotSet: 'Nie ustawiono',
  cookies: 'Pliki cookie',
  cookieName: 'Nazwa',
  cookiePurpose: 'Cel',
  cookieDuration: 'Czas przechowywania',
  placeholderTitle: 'Osadzona treść',
  placeholderText: 'Ta treść pozostaje wyłączona, dopóki nie zezwolisz na pliki cookie: {category}.',
  placeholderAllow: 'Zezwól: {category}',
  categories: {
    necessary: {
      label: 'Niezbędne',
      description: 'Zapewniają działanie i bezpieczeństwo strony oraz pozwalają zapamiętać ten wybór. Nie można ich wyłączyć.',
    },
    analytics: {
      label: 'Analityczne',
      description: 'Liczą odwiedzających i pokazują nam, z których stron i funkcji korzystają użytkownicy, abyśmy mogli je ulepszać.',
    },
    marketing: {
      label: 'Marketingowe',
      description: 'Pokazują nam, które z naszych reklam przyciągają tu odwiedzających i jak dobrze działają.',
    },
  },
};

export default strings;

export const dir = 'ltr';
