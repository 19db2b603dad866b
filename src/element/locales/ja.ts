/**
 * Why this exists: the banner and preferences in Japanese (日本語), one
 * language of the UI, loaded on demand only for visitors who read it. Written
 * for meaning against the English in `../strings.ts` and
 * `../preferences-strings.ts`, not word for word.
 * Register: です/ます in sentences, the visitor as "お客様"; buttons and
 * links are the short forms Japanese interfaces use ("すべて許可",
 * "閉じる"). "Cookie" stays in Latin letters, as most Japanese sites write
 * it. `{category}` sits in 「」, so any label, service name or list reads as
 * a name.
 */
import type { UiStrings } from '../strings.js';

const strings: UiStrings = {
  title: 'Cookieの利用について',
  notice:
    '当サイトでは、訪問数を数え、サイトの利用状況やどの広告に効果があるかを把握し、お客様の国と言語を記憶するためにCookieを使用しています。' +
    'Cookieにはランダムに生成されたIDが含まれますが、お客様個人を特定するものではありません。必要なCookieは常に有効です。それ以外のCookieを使用するかどうかはお客様が選択でき、選択はいつでも変更できます。',
  policyLink: 'プライバシーポリシーを確認する',
  acceptAll: 'すべて許可',
  rejectAll: 'すべて拒否',
  preferences: '設定',
  preferencesTitle: 'Cookieの設定',
  preferencesIntro: '当サイトが使用できるCookieを選択してください。選択はこのサイトに適用され、いつでも変更できます。',
  saveChoices: '選択を保存',
  close: '閉じる',
  language: '言語',
  country: '国',
  countryNotSet: '未設定',
  cookies: 'Cookie',
  cookieName: '名前',
  cookiePurpose: '目的',
  cookieDuration: '保存期間',
  placeholderTitle: '埋め込みコンテンツ',
  placeholderText: '「{category}」のCookieを許可するまで、このコンテンツは表示されません。',
  placeholderAllow: '「{category}」を許可',
  categories: {
    necessary: {
      label: '必須',
      description: 'サイトを正常かつ安全に動作させ、この選択を記憶するために使われます。無効にすることはできません。',
    },
    analytics: {
      label: '分析',
      description: '訪問者数を数え、どのページや機能が利用されているかを把握して、改善に役立てます。',
    },
    marketing: {
      label: 'マーケティング',
      description: 'どの広告から訪問者が来ているか、また広告の効果がどの程度かを把握するために使われます。',
    },
  },
};

export default strings;

export const dir = 'ltr';
