/**
 * Why this exists: the banner and preferences in Simplified Chinese (简体中文),
 * one language of the UI, loaded on demand only for visitors who read it.
 * Written for meaning against the English in `../strings.ts` and
 * `../preferences-strings.ts`, not word for word.
 * Register: "您". "Cookie" stays in Latin letters, as Chinese sites write it,
 * with a space where it meets Chinese text. "Country" is "国家/地区", the
 * usual label in Chinese interfaces, since the list includes regions such as
 * Hong Kong and Macao. `{category}` stands right before "Cookie"
 * ("允许营销 Cookie"), so any label, service name or list fits unchanged.
 */
import type { UiStrings } from '../strings.js';

const strings: UiStrings = {
  title: '您的 Cookie 选择',
  notice:
    '我们使用 Cookie 来统计访问量，了解网站的使用情况以及我们的哪些广告有效，并记住您的国家/地区和语言。' +
    'Cookie 中包含一个随机 ID，无法用来识别您的身份。必要 Cookie 始终启用；其他 Cookie 由您决定，您可以随时更改选择。',
  policyLink: '阅读隐私政策',
  acceptAll: '全部接受',
  rejectAll: '全部拒绝',
  preferences: '偏好设置',
  preferencesTitle: 'Cookie 偏好设置',
  preferencesIntro: '请选择我们可以使用哪些 Cookie。您的选择适用于本网站，并可随时更改。',
  saveChoices: '保存选择',
  close: '关闭',
  language: '语言',
  country: '国家/地区',
  countryNotSet: '未设置',
  cookies: 'Cookie',
  cookieName: '名称',
  cookiePurpose: '用途',
  cookieDuration: '有效期',
  placeholderTitle: '嵌入内容',
  placeholderText: '在您允许{category} Cookie 之前，此内容不会加载。',
  placeholderAllow: '允许{category} Cookie',
  categories: {
    necessary: {
      label: '必要',
      description: '确保网站正常、安全地运行，并记住您的这项选择。此类 Cookie 无法关闭。',
    },
    analytics: {
      label: '分析',
      description: '统计访客数量，让我们了解大家使用了哪些页面和功能，以便加以改进。',
    },
    marketing: {
      label: '营销',
      description: '让我们了解哪些广告为网站带来了访客，以及这些广告的效果如何。',
    },
  },
};

export default strings;

export const dir = 'ltr';
