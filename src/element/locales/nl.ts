/**
 * Why this exists: the banner and preferences in Dutch (Nederlands), one
 * language of the UI, loaded on demand only for visitors who read it. Written
 * for meaning against the English in `../strings.ts` and
 * `../preferences-strings.ts`, not word for word.
 * Register: "u", usual for consent and privacy texts in the Netherlands and
 * Flanders. "Niet tot u te herleiden" is the usual privacy phrase for "does
 * not identify you"; "Bewaartermijn" is the usual cookie-table heading. The
 * descriptions start with a subject ("Deze cookies", "Hiermee"), since a
 * Dutch sentence that opens with its verb reads as a question or an order.
 * `{category}` follows "cookies voor", so any label (or a service name, or a
 * list) fits unchanged.
 */
import type { UiStrings } from '../strings.js';

const strings: UiStrings = {
  title: 'Uw cookiekeuze',
  notice:
    'Wij gebruiken cookies om bezoeken te tellen, te zien hoe de website wordt gebruikt en welke van onze advertenties werken, en om uw land en taal te onthouden. ' +
    'Ze bevatten een willekeurige ID die niet tot u te herleiden is. Noodzakelijke cookies staan altijd aan; over de overige beslist u zelf, en u kunt uw keuze altijd wijzigen.',
  policyLink: 'Lees de privacyverklaring',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  preferences: 'Voorkeuren',
  preferencesTitle: 'Cookievoorkeuren',
  preferencesIntro: 'Kies welke cookies wij mogen gebruiken. Uw keuze geldt voor deze website en is altijd te wijzigen.',
  saveChoices: 'Keuze opslaan',
  close: 'Sluiten',
  language: 'Taal',
  country: 'Land',
  countryNotSet: 'Niet ingesteld',
  cookies: 'Cookies',
  cookieName: 'Naam',
  cookiePurpose: 'Doel',
  cookieDuration: 'Bewaartermijn',
  placeholderTitle: 'Ingesloten inhoud',
  placeholderText: 'Deze inhoud blijft uitgeschakeld totdat u cookies voor {category} toestaat.',
  placeholderAllow: '{category} toestaan',
  categories: {
    necessary: {
      label: 'Noodzakelijk',
      description: 'Deze cookies zorgen dat de website werkt, veilig is en deze keuze kan onthouden. Ze kunnen niet worden uitgeschakeld.',
    },
    analytics: {
      label: 'Statistieken',
      description: 'Hiermee tellen we bezoekers en zien we welke pagina’s en functies worden gebruikt, zodat we die kunnen verbeteren.',
    },
    marketing: {
      label: 'Marketing',
      description: 'Hiermee zien we welke van onze advertenties bezoekers hierheen brengen en hoe goed ze werken.',
    },
  },
};

export default strings;

export const dir = 'ltr';
