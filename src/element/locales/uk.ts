/**
 * Why this exists: the banner and preferences in Ukrainian (українська), one
 * language of the UI, loaded on demand only for visitors who read it. Written
 * for meaning against the English in `../strings.ts` and
 * `../preferences-strings.ts`, not word for word.
 * Register: "ви", lowercase, as in Ukrainian interfaces; buttons are
 * infinitives. "Файли cookie" is the standard term; the apostrophe is ’
 * (U+2019), as Ukrainian spelling on the web uses. `{category}` comes after a
 * colon ("файли cookie: {category}", "Дозволити: {category}"), because
 * Ukrainian would otherwise have to decline the inserted label, service name
 * or list.
 */
import type { UiStrings } from '../strings.js';

const strings: UiStrings = {
  title: 'Файли cookie: ваш вибір',
  notice:
    'Ми використовуємо файли cookie, щоб рахувати відвідування, розуміти, як користуються сайтом і які наші оголошення працюють, а також запам’ятовувати вашу країну й мову. ' +
    'Вони містять випадковий ідентифікатор, за яким не можна встановити вашу особу. Необхідні файли cookie працюють завжди; решта — на ваш розсуд, і ви можете змінити свій вибір будь-коли.',
  policyLink: 'Прочитати політику конфіденційності',
  acceptAll: 'Прийняти всі',
  rejectAll: 'Відхилити всі',
  preferences: 'Налаштування',
  preferencesTitle: 'Налаштування файлів cookie',
  preferencesIntro: 'Виберіть, які файли cookie ми можемо використовувати. Ваш вибір діє на цьому сайті, і його можна змінити будь-коли.',
  saveChoices: 'Зберегти вибір',
  close: 'Закрити',
  language: 'Мова',
  country: 'Країна',
  countryNotSet: 'Не вказано',
  cookies: 'Файли cookie',
  cookieName: 'Назва',
  cookiePurpose: 'Призначення',
  cookieDuration: 'Термін зберігання',
  placeholderTitle: 'Вбудований вміст',
  placeholderText: 'Цей вміст залишатиметься вимкненим, доки ви не дозволите файли cookie: {category}.',
  placeholderAllow: 'Дозволити: {category}',
  categories: {
    necessary: {
      label: 'Необхідні',
      description: 'Забезпечують роботу й безпеку сайту та дають змогу запам’ятати цей вибір. Їх не можна вимкнути.',
    },
    analytics: {
      label: 'Аналітика',
      description: 'Рахують відвідувачів і показують нам, якими сторінками та функціями користуються, щоб ми могли їх поліпшувати.',
    },
    marketing: {
      label: 'Маркетинг',
      description: 'Показують нам, які наші оголошення приводять відвідувачів на сайт і наскільки вони ефективні.',
    },
  },
};

export default strings;

export const dir = 'ltr';
