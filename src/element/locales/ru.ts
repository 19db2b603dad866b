/**
 * Why this exists: the banner and preferences in Russian (русский), one
 * language of the UI, loaded on demand only for visitors who read it. Written
 * for meaning against the English in `../strings.ts` and
 * `../preferences-strings.ts`, not word for word.
 * Register: "вы", lowercase, as in most Russian interfaces; buttons are
 * infinitives. "Файлы cookie" is the standard term. `{category}` comes after
 * a colon ("файлы cookie: {category}", "Разрешить: {category}"), because
 * Russian would otherwise have to decline the inserted label, service name
 * or list.
 */
import type { UiStrings } from '../strings.js';

const strings: UiStrings = {
  title: 'Файлы cookie: ваш выбор',
  notice:
    'Мы используем файлы cookie, чтобы считать посещения, понимать, как используется сайт и какие наши объявления работают, а также запоминать вашу страну и язык. ' +
    'В них хранится случайный идентификатор, по которому нельзя установить вашу личность. Необходимые файлы cookie работают всегда; остальные — на ваше усмотрение, и вы можете изменить свой выбор в любой момент.',
  policyLink: 'Прочитать политику конфиденциальности',
  acceptAll: 'Принять все',
  rejectAll: 'Отклонить все',
  preferences: 'Настройки',
  preferencesTitle: 'Настройки файлов cookie',
  preferencesIntro: 'Выберите, какие файлы cookie мы можем использовать. Ваш выбор действует на этом сайте, и его можно изменить в любой момент.',
  saveChoices: 'Сохранить выбор',
  close: 'Закрыть',
  language: 'Язык',
  country: 'Страна',
  countryNotSet: 'Не указана',
  cookies: 'Файлы cookie',
  cookieName: 'Название',
  cookiePurpose: 'Назначение',
  cookieDuration: 'Срок хранения',
  placeholderTitle: 'Встроенный контент',
  placeholderText: 'Этот контент останется отключённым, пока вы не разрешите файлы cookie: {category}.',
  placeholderAllow: 'Разрешить: {category}',
  categories: {
    necessary: {
      label: 'Необходимые',
      description: 'Обеспечивают работу и безопасность сайта и позволяют ему запомнить этот выбор. Их нельзя отключить.',
    },
    analytics: {
      label: 'Аналитика',
      description: 'Считают посетителей и показывают нам, какими страницами и функциями пользуются, чтобы мы могли их улучшать.',
    },
    marketing: {
      label: 'Маркетинг',
      description: 'Показывают нам, какие наши объявления приводят посетителей на сайт и насколько они эффективны.',
    },
  },
};

export default strings;

export const dir = 'ltr';
