/**
 * Why this exists: the banner and preferences in Spanish (español), one
 * language of the UI, loaded on demand only for visitors who read it. Written
 * for meaning against the English in `../strings.ts` and
 * `../preferences-strings.ts`, not word for word.
 * Register: "usted", kept light (verbs and "su", no repeated "usted"), so it
 * suits Spain and Latin America alike; "cookies" is the word both use.
 * `{category}` follows "las cookies de", so any label (or a service name, or
 * a list) fits unchanged.
 */
import type { UiStrings } from '../strings.js';

const strings: UiStrings = {
  title: 'Su elección sobre las cookies',
  notice:
    'Usamos cookies para contar las visitas, ver cómo se usa el sitio y cuáles de nuestros anuncios funcionan, y para recordar su país e idioma. ' +
    'Contienen un identificador aleatorio que no revela quién es usted. Las cookies necesarias están siempre activas; el resto es decisión suya, y puede cambiarla en cualquier momento.',
  policyLink: 'Leer la política de privacidad',
  acceptAll: 'Aceptar todo',
  rejectAll: 'Rechazar todo',
  preferences: 'Preferencias',
  preferencesTitle: 'Preferencias de cookies',
  preferencesIntro: 'Elija qué cookies podemos usar. Su elección se aplica a este sitio y puede cambiarla en cualquier momento.',
  saveChoices: 'Guardar selección',
  close: 'Cerrar',
  language: 'Idioma',
  country: 'País',
  countryNotSet: 'Sin definir',
  cookies: 'Cookies',
  cookieName: 'Nombre',
  cookiePurpose: 'Finalidad',
  cookieDuration: 'Duración',
  placeholderTitle: 'Contenido insertado',
  placeholderText: 'Este contenido permanece desactivado hasta que permita las cookies de {category}.',
  placeholderAllow: 'Permitir {category}',
  categories: {
    necessary: {
      label: 'Necesarias',
      description: 'Mantienen el sitio en funcionamiento y seguro, y le permiten recordar esta elección. No se pueden desactivar.',
    },
    analytics: {
      label: 'Análisis',
      description: 'Cuentan las visitas y nos muestran qué páginas y funciones se usan, para que podamos mejorarlas.',
    },
    marketing: {
      label: 'Marketing',
      description: 'Nos indican cuáles de nuestros anuncios traen visitantes a este sitio y qué resultados obtienen.',
    },
  },
};

export default strings;

export const dir = 'ltr';
