/**
 * Why this exists: the banner and preferences in Korean (한국어), one
 * language of the UI, loaded on demand only for visitors who read it. Written
 * for meaning against the English in `../strings.ts` and
 * `../preferences-strings.ts`, not word for word.
 * Register: 합니다체 in sentences, the visitor as "사용자", the site as
 * "저희"; buttons and links are the short noun forms Korean interfaces use
 * ("모두 허용", "닫기"). "개인정보 처리방침" is the legal name of a privacy
 * policy in Korea. `{category}` sits in ‘ ’ before a fixed noun, so no
 * particle has to attach to a label, service name or list.
 */
import type { UiStrings } from '../strings.js';

const strings: UiStrings = {
  title: '쿠키 선택',
  notice:
    '저희는 방문 수를 집계하고, 사이트가 어떻게 이용되는지와 저희 광고 중 어떤 광고가 효과적인지 파악하며, 사용자의 국가와 언어를 기억하기 위해 쿠키를 사용합니다. ' +
    '쿠키에는 사용자를 식별할 수 없는 임의의 ID가 들어 있습니다. 필수 쿠키는 항상 켜져 있으며, 그 밖의 쿠키는 사용자가 선택할 수 있고 이 선택은 언제든지 변경할 수 있습니다.',
  policyLink: '개인정보 처리방침 보기',
  acceptAll: '모두 허용',
  rejectAll: '모두 거부',
  preferences: '설정',
  preferencesTitle: '쿠키 설정',
  preferencesIntro: '저희가 사용할 수 있는 쿠키를 선택해 주십시오. 선택하신 내용은 이 사이트에 적용되며 언제든지 변경할 수 있습니다.',
  saveChoices: '선택 저장',
  close: '닫기',
  language: '언어',
  country: '국가',
  countryNotSet: '설정 안 함',
  cookies: '쿠키',
  cookieName: '이름',
  cookiePurpose: '목적',
  cookieDuration: '보관 기간',
  placeholderTitle: '삽입된 콘텐츠',
  placeholderText: '‘{category}’ 쿠키를 허용하기 전까지 이 콘텐츠는 표시되지 않습니다.',
  placeholderAllow: '‘{category}’ 쿠키 허용',
  categories: {
    necessary: {
      label: '필수',
      description: '사이트가 안전하게 정상 작동하고 이 선택을 기억할 수 있게 합니다. 끌 수 없습니다.',
    },
    analytics: {
      label: '분석',
      description: '방문자 수를 집계하고 어떤 페이지와 기능이 이용되는지 보여 주어, 저희가 이를 개선하는 데 도움이 됩니다.',
    },
    marketing: {
      label: '마케팅',
      description: '저희 광고 중 어떤 광고를 통해 방문자가 유입되는지, 그 광고의 성과가 어떤지 알려 줍니다.',
    },
  },
};

export default strings;

export const dir = 'ltr';
