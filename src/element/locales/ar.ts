/**
 * Why this exists: the banner and preferences in Arabic (العربية), one
 * language of the UI, loaded on demand only for visitors who read it. Written
 * for meaning against the English in `../strings.ts` and
 * `../preferences-strings.ts`, not word for word.
 * Modern Standard Arabic, right to left (`dir`). Buttons and links are verbal
 * nouns ("قبول الكل", "السماح بـ…"), and the sentences avoid forms that mark
 * the reader's gender, so one text addresses everyone. "ملفات تعريف الارتباط"
 * is the standard term for cookies. `{category}` sits in «» after "بـ", so
 * any label, service name or list reads as a name.
 */
import type { UiStrings } from '../strings.js';

const strings: UiStrings = {
  title: 'خياراتك بشأن ملفات تعريف الارتباط',
  notice:
    'نستخدم ملفات تعريف الارتباط لإحصاء الزيارات، ومعرفة كيفية استخدام الموقع وأيّ إعلاناتنا فعّالة، ولتذكُّر بلدك ولغتك. ' +
    'وهي تحمل معرّفًا عشوائيًا لا يكشف هويتك. ملفات تعريف الارتباط الضرورية مفعّلة دائمًا؛ أما الأخرى فالقرار فيها لك، ويمكنك تغيير اختيارك في أي وقت.',
  policyLink: 'قراءة سياسة الخصوصية',
  acceptAll: 'قبول الكل',
  rejectAll: 'رفض الكل',
  preferences: 'التفضيلات',
  preferencesTitle: 'تفضيلات ملفات تعريف الارتباط',
  preferencesIntro: 'يمكنك تحديد ملفات تعريف الارتباط التي يُسمح لنا باستخدامها. ينطبق اختيارك على هذا الموقع ويمكن تغييره في أي وقت.',
  saveChoices: 'حفظ الاختيارات',
  close: 'إغلاق',
  language: 'اللغة',
  country: 'البلد',
  countryNotSet: 'غير محدد',
  cookies: 'ملفات تعريف الارتباط',
  cookieName: 'الاسم',
  cookiePurpose: 'الغرض',
  cookieDuration: 'المدة',
  placeholderTitle: 'محتوى مضمَّن',
  placeholderText: 'يبقى هذا المحتوى متوقفًا إلى أن يتم السماح بملفات تعريف الارتباط الخاصة بـ«{category}».',
  placeholderAllow: 'السماح بـ«{category}»',
  categories: {
    necessary: {
      label: 'ضرورية',
      description: 'تحافظ على عمل الموقع وأمانه، وتتيح له تذكُّر هذا الاختيار. لا يمكن إيقافها.',
    },
    analytics: {
      label: 'تحليلات',
      description: 'تحصي الزوار وتبيّن لنا الصفحات والميزات التي يستخدمونها، لكي نتمكن من تحسينها.',
    },
    marketing: {
      label: 'تسويق',
      description: 'تبيّن لنا أيّ إعلاناتنا تجلب الزوار إلى موقعنا ومدى نجاحها.',
    },
  },
};

export default strings;

export const dir = 'rtl';
