/**
 * Why this exists: the banner and preferences in French (français), one
 * language of the UI, loaded on demand only for visitors who read it. Written
 * for meaning against the English in `../strings.ts` and
 * `../preferences-strings.ts`, not word for word.
 * Register: "vous". "Mesure d'audience" and "Finalité" are the terms the CNIL
 * uses. The spaces before ; : ! ? and inside « » are no-break spaces
 * (U+00A0), as French typography wants, so they never start a line.
 * `{category}` sits in « », so any label (or a service name, or a list)
 * reads as a name.
 */
import type { UiStrings } from '../strings.js';

const strings: UiStrings = {
  title: 'Vos choix concernant les cookies',
  notice:
    'Nous utilisons des cookies pour compter les visites, voir comment le site est utilisé et lesquelles de nos publicités fonctionnent, et pour mémoriser votre pays et votre langue. ' +
    'Ils contiennent un identifiant aléatoire qui ne permet pas de vous identifier. Les cookies nécessaires sont toujours actifs ; les autres dépendent de votre choix, que vous pouvez modifier à tout moment.',
  policyLink: 'Lire la politique de confidentialité',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  preferences: 'Préférences',
  preferencesTitle: 'Préférences en matière de cookies',
  preferencesIntro: 'Choisissez les cookies que nous pouvons utiliser. Votre choix s’applique à ce site et peut être modifié à tout moment.',
  saveChoices: 'Enregistrer mes choix',
  close: 'Fermer',
  language: 'Langue',
  country: 'Pays',
  countryNotSet: 'Non défini',
  cookies: 'Cookies',
  cookieName: 'Nom',
  cookiePurpose: 'Finalité',
  cookieDuration: 'Durée',
  placeholderTitle: 'Contenu intégré',
  placeholderText: 'Ce contenu reste désactivé tant que vous n’avez pas autorisé les cookies « {category} ».',
  placeholderAllow: 'Autoriser « {category} »',
  categories: {
    necessary: {
      label: 'Nécessaires',
      description: 'Ils assurent le fonctionnement et la sécurité du site, et lui permettent de mémoriser ce choix. Ils ne peuvent pas être désactivés.',
    },
    analytics: {
      label: 'Mesure d’audience',
      description: 'Ils comptent les visiteurs et nous montrent quelles pages et fonctionnalités sont utilisées, afin que nous puissions les améliorer.',
    },
    marketing: {
      label: 'Marketing',
      description: 'Ils nous indiquent lesquelles de nos publicités amènent des visiteurs ici et quelle est leur efficacité.',
    },
  },
};

export default strings;

export const dir = 'ltr';
