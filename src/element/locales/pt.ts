/**
 * Why this exists: the banner and preferences in Portuguese (português), one
 * language of the UI, loaded on demand only for visitors who read it. Written
 * for meaning against the English in `../strings.ts` and
 * `../preferences-strings.ts`, not word for word.
 * One text for Portugal and Brazil: the third person (no "tu", no "você"),
 * no clitic whose place differs ("aplica-se" / "se aplica"), no gerunds, and
 * words both use ("Idioma", "site", "desativar"). "Guardar" (PT) and
 * "Salvar" (BR) differ, so the button says "Confirmar escolhas". A site that
 * wants pt-PT or pt-BR wording can add it as `pt-PT` / `pt-BR` translations.
 * `{category}` follows "os cookies de", so any label (or a service name, or
 * a list) fits unchanged.
 */
import type { UiStrings } from '../strings.js';

const strings: UiStrings = {
  title: 'As suas escolhas sobre cookies',
  notice:
    'Usamos cookies para contar visitas, saber como o site é usado e quais dos nossos anúncios funcionam, e para lembrar o seu país e o seu idioma. ' +
    'Os cookies contêm um identificador aleatório que não revela a sua identidade. Os cookies necessários estão sempre ativos; os outros dependem da sua escolha, que pode ser alterada a qualquer momento.',
  policyLink: 'Ler a política de privacidade',
  acceptAll: 'Aceitar tudo',
  rejectAll: 'Rejeitar tudo',
  preferences: 'Preferências',
  preferencesTitle: 'Preferências de cookies',
  preferencesIntro: 'Escolha os cookies que podemos usar. A sua escolha vale para este site e pode ser alterada a qualquer momento.',
  saveChoices: 'Confirmar escolhas',
  close: 'Fechar',
  language: 'Idioma',
  country: 'País',
  countryNotSet: 'Não definido',
  cookies: 'Cookies',
  cookieName: 'Nome',
  cookiePurpose: 'Finalidade',
  cookieDuration: 'Duração',
  placeholderTitle: 'Conteúdo incorporado',
  placeholderText: 'Este conteúdo fica desativado até permitir os cookies de {category}.',
  placeholderAllow: 'Permitir {category}',
  categories: {
    necessary: {
      label: 'Necessários',
      description: 'Permitem que o site funcione com segurança e se lembre desta escolha. Não podem ser desativados.',
    },
    analytics: {
      label: 'Análise',
      description: 'Contam os visitantes e indicam quais páginas e funcionalidades são usadas, para que possamos melhorá-las.',
    },
    marketing: {
      label: 'Marketing',
      description: 'Indicam quais dos nossos anúncios trazem visitantes até aqui e qual o seu desempenho.',
    },
  },
};

export default strings;

export const dir = 'ltr';
