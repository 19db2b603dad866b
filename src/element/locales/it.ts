/**
 * Why this exists: the banner and preferences in Italian (italiano), one
 * language of the UI, loaded on demand only for visitors who read it. Written
 * for meaning against the English in `../strings.ts` and
 * `../preferences-strings.ts`, not word for word.
 * Register: "tu", as most Italian websites address their visitors today
 * (the formal "Lei" reads as bureaucratic in a banner). "cookie" stays
 * invariable in the plural; "Paese" is capitalised, as usual when it means
 * country; "informativa sulla privacy" is the usual name of the policy.
 * `{category}` follows "i cookie di", so any label (or a service name, or a
 * list) fits unchanged.
 */
import type { UiStrings } from '../strings.js';

const strings: UiStrings = {
  title: 'Le tue scelte sui cookie',
  notice:
    'Usiamo i cookie per contare le visite, capire come viene usato il sito e quali dei nostri annunci funzionano, e per ricordare il tuo Paese e la tua lingua. ' +
    'Contengono un ID casuale che non ti identifica. I cookie necessari sono sempre attivi; gli altri dipendono dalla tua scelta, che puoi modificare in qualsiasi momento.',
  policyLink: 'Leggi l’informativa sulla privacy',
  acceptAll: 'Accetta tutti',
  rejectAll: 'Rifiuta tutti',
  preferences: 'Preferenze',
  preferencesTitle: 'Preferenze sui cookie',
  preferencesIntro: 'Scegli quali cookie possiamo usare. La tua scelta vale per questo sito e puoi modificarla in qualsiasi momento.',
  saveChoices: 'Salva le scelte',
  close: 'Chiudi',
  language: 'Lingua',
  country: 'Paese',
  countryNotSet: 'Non impostato',
  cookies: 'Cookie',
  cookieName: 'Nome',
  cookiePurpose: 'Finalità',
  cookieDuration: 'Durata',
  placeholderTitle: 'Contenuto incorporato',
  placeholderText: 'Questo contenuto resta disattivato finché non consenti i cookie di {category}.',
  placeholderAllow: 'Consenti {category}',
  categories: {
    necessary: {
      label: 'Necessari',
      description: 'Fanno funzionare il sito in modo sicuro e gli permettono di ricordare questa scelta. Non possono essere disattivati.',
    },
    analytics: {
      label: 'Statistiche',
      description: 'Contano i visitatori e ci mostrano quali pagine e funzioni vengono usate, così possiamo migliorarle.',
    },
    marketing: {
      label: 'Marketing',
      description: 'Ci indicano quali dei nostri annunci portano visitatori sul sito e con quali risultati.',
    },
  },
};

export default strings;

export const dir = 'ltr';
