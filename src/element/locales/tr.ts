/**
 * Why this exists: the banner and preferences in Turkish (Türkçe), one
 * language of the UI, loaded on demand only for visitors who read it. Written
 * for meaning against the English in `../strings.ts` and
 * `../preferences-strings.ts`, not word for word.
 * Register: "siz" in sentences; buttons use the short imperative ("Kabul
 * et", "Kaydet") that Turkish interfaces use. "Çerez" is the usual word for
 * cookie. Turkish attaches suffixes to nouns, which an inserted label, service
 * name or list cannot take, so `{category}` stands after a colon in the
 * placeholder text and before the postposition "için" on its button.
 */
import type { UiStrings } from '../strings.js';

const strings: UiStrings = {
  title: 'Çerez seçimleriniz',
  notice:
    'Ziyaretleri saymak, sitenin nasıl kullanıldığını ve hangi reklamlarımızın işe yaradığını görmek, ayrıca ülkenizi ve dilinizi hatırlamak için çerez kullanıyoruz. ' +
    'Çerezler, kimliğinizi ortaya çıkarmayan rastgele bir tanımlayıcı içerir. Zorunlu çerezler her zaman açıktır; diğerleri sizin tercihinize bağlıdır ve bu tercihi istediğiniz zaman değiştirebilirsiniz.',
  policyLink: 'Gizlilik politikasını okuyun',
  acceptAll: 'Tümünü kabul et',
  rejectAll: 'Tümünü reddet',
  preferences: 'Tercihler',
  preferencesTitle: 'Çerez tercihleri',
  preferencesIntro: 'Hangi çerezleri kullanabileceğimizi seçin. Seçiminiz bu site için geçerlidir ve istediğiniz zaman değiştirilebilir.',
  saveChoices: 'Seçimleri kaydet',
  close: 'Kapat',
  language: 'Dil',
  country: 'Ülke',
  countryNotSet: 'Belirtilmedi',
  cookies: 'Çerezler',
  cookieName: 'Ad',
  cookiePurpose: 'Amaç',
  cookieDuration: 'Saklama süresi',
  placeholderTitle: 'Yerleştirilmiş içerik',
  placeholderText: 'Bu içerik, şu çerezlere izin verilene kadar kapalı kalır: {category}.',
  placeholderAllow: '{category} için izin ver',
  categories: {
    necessary: {
      label: 'Zorunlu',
      description: 'Sitenin çalışmasını, güvenli olmasını ve bu seçimi hatırlamasını sağlar. Kapatılamaz.',
    },
    analytics: {
      label: 'Analitik',
      description: 'Ziyaretçileri sayar ve hangi sayfaların ve özelliklerin kullanıldığını bize gösterir; böylece bunları geliştirebiliriz.',
    },
    marketing: {
      label: 'Pazarlama',
      description: 'Hangi reklamlarımızın ziyaretçileri buraya getirdiğini ve ne kadar başarılı olduğunu bize gösterir.',
    },
  },
};

export default strings;

export const dir = 'ltr';
