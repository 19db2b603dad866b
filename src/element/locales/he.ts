/**
 * Why this exists: the banner and preferences in Hebrew (עברית), one
 * language of the UI, loaded on demand only for visitors who read it. Written
 * for meaning against the English in `../strings.ts` and
 * `../preferences-strings.ts`, not word for word.
 * Right to left (`dir`). Hebrew verbs mark the reader's gender, so buttons are
 * verbal nouns ("אישור הכול", "דחיית הכול"), instructions are impersonal
 * ("אפשר לשנות"), and only forms that read the same for everyone in unpointed
 * script ("שלך", "אותך") address the reader. "עוגיות" is the everyday word
 * for cookies on Israeli sites. `{category}` follows "עוגיות" as a construct
 * ("עוגיות שיווק"), so any label, service name or list fits unchanged.
 */
import type { UiStrings } from '../strings.js';

const strings: UiStrings = {
  title: 'הבחירות שלך לגבי עוגיות',
  notice:
    'אנחנו משתמשים בעוגיות כדי לספור ביקורים, להבין איך משתמשים באתר ואילו מהמודעות שלנו מצליחות, וכדי לזכור את המדינה והשפה שלך. ' +
    'העוגיות מכילות מזהה אקראי שאינו מאפשר לזהות אותך. עוגיות הכרחיות פועלות תמיד; השאר לבחירתך, ואפשר לשנות את הבחירה בכל עת.',
  policyLink: 'קריאת מדיניות הפרטיות',
  acceptAll: 'אישור הכול',
  rejectAll: 'דחיית הכול',
  preferences: 'העדפות',
  preferencesTitle: 'העדפות עוגיות',
  preferencesIntro: 'כאן אפשר לבחור באילו עוגיות מותר לנו להשתמש. הבחירה חלה על האתר הזה, ואפשר לשנות אותה בכל עת.',
  saveChoices: 'שמירת הבחירה',
  close: 'סגירה',
  language: 'שפה',
  country: 'מדינה',
  countryNotSet: 'לא הוגדרה',
  cookies: 'עוגיות',
  cookieName: 'שם',
  cookiePurpose: 'מטרה',
  cookieDuration: 'משך',
  placeholderTitle: 'תוכן מוטמע',
  placeholderText: 'התוכן הזה יישאר חסום עד שיאושרו עוגיות {category}.',
  placeholderAllow: 'אישור עוגיות {category}',
  categories: {
    necessary: {
      label: 'הכרחיות',
      description: 'הן שומרות על פעולת האתר ועל אבטחתו, ומאפשרות לו לזכור את הבחירה הזו. אי אפשר לכבות אותן.',
    },
    analytics: {
      label: 'סטטיסטיקה',
      description: 'הן סופרות מבקרים ומראות לנו באילו דפים ותכונות משתמשים, כדי שנוכל לשפר אותם.',
    },
    marketing: {
      label: 'שיווק',
      description: 'הן מראות לנו אילו מהמודעות שלנו מביאות לכאן מבקרים ועד כמה הן מצליחות.',
    },
  },
};

export default strings;

export const dir = 'rtl';
