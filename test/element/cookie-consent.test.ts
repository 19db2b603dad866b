import { expect } from '@esm-bundle/chai';
import type { CookieConsent } from '../../src/element/cookie-consent.js';
import {
  banner,
  isBannerShown,
  captureWarnings,
  cleanPage,
  clickButton,
  consentCookieJson,
  mountConsent,
  nextEvent,
  part,
  pick,
  rawCookie,
  recordEvents,
  shadowOf,
} from '../support/helpers.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function buttonTexts(root: ParentNode): string[] {
  return [...root.querySelectorAll('button')].map((b) => b.textContent.trim());
}

function dialog(element: CookieConsent): HTMLDialogElement | null {
  return shadowOf(element).querySelector('dialog');
}

function switchFor(element: CookieConsent, id: string): HTMLInputElement {
  return shadowOf(element).querySelector<HTMLInputElement>(`input[name="${id}"]`)!;
}

describe('<cookie-consent> first visit', () => {
  afterEach(cleanPage);

  it('shows the notice with accept, reject and preferences, and sets no cookie', async () => {
    const element = await mountConsent({ 'policy-url': '/privacy' });
    const shown = banner(element)!;
    expect(isBannerShown(element)).to.equal(true);
    expect(shown.getAttribute('role')).to.equal('region');
    expect(shown.textContent).to.match(/random ID/i);
    expect(shown.textContent).to.match(/country and language/i);
    expect(shown.textContent).to.match(/always on/i);
    expect(buttonTexts(shown)).to.deep.equal(['Accept all', 'Reject all', 'Preferences']);
    const link = (part(element, 'policy-link') as HTMLAnchorElement);
    expect(link.href).to.equal(new URL('/privacy', location.href).href);
    expect(rawCookie('cc_consent')).to.equal(undefined);
  });

  it('gives "Reject all" exactly the size and look of "Accept all"', async () => {
    const element = await mountConsent();
    const accept = part(element, 'accept-button')!;
    const reject = part(element, 'reject-button')!;
    const a = accept.getBoundingClientRect();
    const r = reject.getBoundingClientRect();
    expect(r.width).to.be.closeTo(a.width, 1);
    expect(r.height).to.be.closeTo(a.height, 1);
    const styleA = getComputedStyle(accept);
    const styleR = getComputedStyle(reject);
    for (const property of ['background-color', 'color', 'font-size', 'font-weight', 'border-top-color']) {
      expect(styleR.getPropertyValue(property), property).to.equal(styleA.getPropertyValue(property));
    }
  });

  it('omits the policy link when policy-url is absent', async () => {
    const element = await mountConsent();
    expect(part(element, 'policy-link') === null).to.equal(true);
  });

  it('"Accept all" stores every category as allowed, closes the banner and says so in events', async () => {
    const element = await mountConsent();
    const events = recordEvents(element, ['consent-change', 'consent-hide']);
    await clickButton(element, 'Accept all');
    expect(isBannerShown(element)).to.equal(false);
    const json = consentCookieJson()!;
    expect(json['v']).to.equal(1);
    expect(json['id']).to.match(UUID_V4);
    expect(json['r']).to.equal(1);
    expect(pick(json)).to.deep.equal({ a: 'analytics.marketing', d: '' });
    expect(events.map((e) => e.type)).to.deep.equal(['consent-change', 'consent-hide']);
    const detail = events[0]!.detail as { changed: string[]; categories: Record<string, boolean>; decided: boolean };
    expect(detail.changed).to.have.members(['analytics', 'marketing']);
    expect(detail.categories).to.deep.equal({ necessary: true, analytics: true, marketing: true });
    expect(detail.decided).to.equal(true);
    expect((events[1]!.detail as { view: string }).view).to.equal('banner');
    expect(element.hasConsent('analytics')).to.equal(true);
  });

  it('"Reject all" stores a refusal, which is a decision: the banner does not come back', async () => {
    const element = await mountConsent();
    await clickButton(element, 'Reject all');
    expect(isBannerShown(element)).to.equal(false);
    expect(pick(consentCookieJson())).to.deep.equal({ a: '', d: 'analytics.marketing' });
    element.remove();
    const again = await mountConsent();
    expect(isBannerShown(again)).to.equal(false);
    expect(again.consent.decided).to.equal(true);
    expect(again.hasConsent('analytics')).to.equal(false);
    expect(again.hasConsent('necessary')).to.equal(true);
  });

  it('keeps the consent cookie small and scoped as the contract says', async () => {
    const element = await mountConsent({ country: 'cy', lang: 'el' });
    element.acceptAll();
    const raw = rawCookie('cc_consent')!;
    expect(`cc_consent=${raw}`.length).to.be.below(512);
    const stored = await (globalThis as unknown as { cookieStore: { get(name: string): Promise<{ path: string; expires: number; sameSite: string; secure: boolean }> } }).cookieStore.get('cc_consent');
    expect(stored.path).to.equal('/');
    expect(stored.sameSite).to.equal('lax');
    expect(location.protocol).to.equal('https:');
    expect(stored.secure).to.equal(true);
    const days = (stored.expires - Date.now()) / 86_400_000;
    expect(days).to.be.closeTo(182, 0.01);
    const json = consentCookieJson()!;
    expect(json['co']).to.equal('CY');
    expect(json['la']).to.equal('el');
  });
});

describe('<cookie-consent> preferences', () => {
  afterEach(cleanPage);

  it('opens a modal dialog with one switch per category, necessary on and locked', async () => {
    const element = await mountConsent({ categories: 'analytics marketing personalisation' });
    const shows = recordEvents(element, ['consent-show', 'consent-hide']);
    await clickButton(element, 'Preferences');
    const opened = dialog(element)!;
    expect(opened.open).to.equal(true);
    expect(opened.matches(':modal')).to.equal(true);
    const switches = [...opened.querySelectorAll<HTMLInputElement>('input[role="switch"]')];
    expect(switches.map((s) => s.name)).to.deep.equal(['necessary', 'analytics', 'marketing', 'personalisation']);
    expect(switches[0]!.checked).to.equal(true);
    expect(switches[0]!.disabled).to.equal(true);
    expect(switches.slice(1).every((s) => !s.checked && !s.disabled)).to.equal(true);
    expect(opened.textContent).to.include('Personalisation');
    expect(shows.map((e) => `${e.type}:${(e.detail as { view: string }).view}`)).to.deep.equal([
      'consent-hide:banner',
      'consent-show:preferences',
    ]);
    expect(buttonTexts(opened)).to.include.members(['Accept all', 'Reject all', 'Save choices']);
  });

  it('labels each switch with its category name', async () => {
    const element = await mountConsent();
    element.showPreferences();
    await element.updateComplete;
    const analytics = switchFor(element, 'analytics');
    expect(analytics.labels?.[0]?.textContent.trim()).to.equal('Analytics');
  });

  it('"Save choices" stores exactly the switches the visitor set', async () => {
    const element = await mountConsent();
    element.showPreferences();
    await element.updateComplete;
    switchFor(element, 'analytics').click();
    const change = nextEvent(element, 'consent-change');
    await clickButton(element, 'Save choices', dialog(element)!);
    const detail = (await change).detail;
    expect(detail.changed).to.deep.equal(['analytics']);
    expect(pick(consentCookieJson())).to.deep.equal({ a: 'analytics', d: 'marketing' });
    expect(dialog(element) === null).to.equal(true);
    expect(isBannerShown(element)).to.equal(false);
  });

  it('shows the stored choice when reopened, and withdrawing is one switch and one click', async () => {
    const element = await mountConsent();
    element.acceptAll();
    element.showPreferences();
    await element.updateComplete;
    expect(switchFor(element, 'analytics').checked).to.equal(true);
    switchFor(element, 'analytics').click();
    await clickButton(element, 'Save choices', dialog(element)!);
    expect(element.hasConsent('analytics')).to.equal(false);
    expect(element.hasConsent('marketing')).to.equal(true);
  });

  it('closing the dialog without a decision brings the banner back', async () => {
    const element = await mountConsent();
    element.showPreferences();
    await element.updateComplete;
    await clickButton(element, '×', dialog(element)!);
    expect(dialog(element) === null).to.equal(true);
    expect(isBannerShown(element)).to.equal(true);
    expect(rawCookie('cc_consent')).to.equal(undefined);
  });

  it('Escape closes the dialog like the close button', async () => {
    const element = await mountConsent();
    element.showPreferences();
    await element.updateComplete;
    const hidden = nextEvent(element, 'consent-hide');
    dialog(element)!.dispatchEvent(new Event('cancel'));
    dialog(element)!.close();
    expect((await hidden).detail.view).to.equal('preferences');
    await element.updateComplete;
    expect(isBannerShown(element)).to.equal(true);
  });
});

describe('<cookie-consent> returning visitor', () => {
  afterEach(cleanPage);

  it('shows no banner and restores the stored choice', async () => {
    const first = await mountConsent();
    first.setConsent({ analytics: true });
    const id = first.consent.id;
    first.remove();
    const events: string[] = [];
    const second = document.createElement('cookie-consent');
    second.addEventListener('consent-show', () => events.push('show'));
    second.addEventListener('consent-ready', () => events.push('ready'));
    document.body.append(second);
    await nextEvent(second, 'consent-ready').catch(() => undefined);
    await second.updateComplete;
    expect(isBannerShown(second)).to.equal(false);
    expect(second.consent.id).to.equal(id);
    expect(second.consent.decided).to.equal(true);
    expect(second.hasConsent('analytics')).to.equal(true);
    expect(second.hasConsent('marketing')).to.equal(false);
    expect(events).to.deep.equal(['ready']);
  });

  it('asks again after the policy revision changes', async () => {
    const first = await mountConsent({ revision: '2' });
    first.acceptAll();
    first.remove();
    const second = await mountConsent({ revision: '3' });
    expect(isBannerShown(second)).to.equal(true);
    expect(second.hasConsent('analytics')).to.equal(false);
    expect(second.consent.revision).to.equal(3);
  });

  it('asks again once the consent has expired, even if the cookie outlived it', async () => {
    const first = await mountConsent();
    first.acceptAll();
    const json = consentCookieJson()!;
    const past = Math.floor(Date.now() / 1000) - 200 * 86_400;
    json['ct'] = past;
    json['ut'] = past;
    json['et'] = past + 182 * 86_400;
    document.cookie = `cc_consent=${encodeURIComponent(JSON.stringify(json))}; Path=/; Max-Age=3600`;
    first.remove();
    const second = await mountConsent();
    expect(isBannerShown(second)).to.equal(true);
    expect(second.hasConsent('analytics')).to.equal(false);
  });

  it('asks again when the site adds a category the visitor was never asked about, keeping the answers given', async () => {
    const first = await mountConsent({ categories: 'analytics' });
    first.acceptAll();
    first.remove();
    const second = await mountConsent({ categories: 'analytics marketing' });
    expect(isBannerShown(second)).to.equal(true);
    expect(second.consent.decided).to.equal(false);
    expect(second.hasConsent('analytics')).to.equal(true);
    expect(second.hasConsent('marketing')).to.equal(false);
  });

  for (const [name, value] of [
    ['garbage', 'not json at all'],
    ['a foreign JSON', encodeURIComponent('{"analytics":true,"marketing":true}')],
    ['a grant with a bad id', encodeURIComponent('{"v":1,"id":"x","r":1,"c":{"analytics":1,"marketing":1},"ct":1764000000,"ut":1764000000,"et":1894000000}')],
    ['an unknown schema version', encodeURIComponent('{"v":2,"id":"6f1c2a4e-1b2c-4d3e-8f40-123456789abc","r":1,"c":{"analytics":1,"marketing":1},"ct":1764000000,"ut":1764000000,"et":1894000000}')],
    ['a truncated record', encodeURIComponent('{"v":1,"id":"6f1c2a4e-1b2c-4d3e-8f40-123456789abc","r":1,"c":{"analytics":1')],
    ['broken percent-encoding', '%E0%A4%A'],
  ] as const) {
    it(`treats ${name} in the consent cookie as no consent yet`, async () => {
      document.cookie = `cc_consent=${value}; Path=/`;
      const element = await mountConsent();
      expect(isBannerShown(element)).to.equal(true);
      expect(element.consent.decided).to.equal(false);
      expect(element.hasConsent('analytics')).to.equal(false);
      expect(element.hasConsent('marketing')).to.equal(false);
      element.rejectAll();
      expect(pick(consentCookieJson())).to.deep.equal({ a: '', d: 'analytics.marketing' });
    });
  }
});

describe('<cookie-consent> API', () => {
  afterEach(cleanPage);

  it('fires consent-ready once, before any other event, with the stored state', async () => {
    const element = document.createElement('cookie-consent');
    const events = recordEvents(element, ['consent-ready', 'consent-show', 'consent-change']);
    document.body.append(element);
    element.acceptAll();
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events.map((e) => e.type)).to.deep.equal(['consent-ready', 'consent-show', 'consent-change']);
    expect((events[0]!.detail as { decided: boolean }).decided).to.equal(false);
  });

  it('events bubble out of the element and cross shadow boundaries', async () => {
    const seen: string[] = [];
    const listener = (event: Event) => seen.push(event.type);
    document.addEventListener('consent-change', listener);
    try {
      const element = await mountConsent();
      element.rejectAll();
    } finally {
      document.removeEventListener('consent-change', listener);
    }
    expect(seen).to.deep.equal(['consent-change']);
  });

  it('setConsent decides per category and keeps omitted ones', async () => {
    const element = await mountConsent();
    element.setConsent({ marketing: true });
    expect(element.consent.categories).to.deep.equal({ necessary: true, analytics: false, marketing: true });
    element.setConsent({ analytics: true });
    expect(element.consent.categories).to.deep.equal({ necessary: true, analytics: true, marketing: true });
    expect(element.consent.decided).to.equal(true);
  });

  it('setConsent ignores unknown categories and non-boolean values with a warning', async () => {
    const element = await mountConsent();
    const warnings = captureWarnings();
    try {
      element.setConsent({ analytics: 'yes' as unknown as boolean, unknown: true, necessary: false, marketing: true });
      element.setConsent(null as unknown as Record<string, boolean>);
    } finally {
      warnings.restore();
    }
    expect(element.consent.categories).to.deep.equal({ necessary: true, analytics: false, marketing: true });
    // One warning per call, naming what was dropped.
    expect(warnings.messages).to.have.length(2);
    expect(warnings.messages[0]).to.include('unknown').and.include('necessary').and.include('analytics');
  });

  it('consent-change lists no category when a decision repeats the stored values', async () => {
    const element = await mountConsent();
    element.rejectAll();
    const change = nextEvent(element, 'consent-change');
    element.rejectAll();
    expect((await change).detail.changed).to.deep.equal([]);
  });

  it('showBanner, showPreferences and hide open and close the views with events', async () => {
    const element = await mountConsent();
    element.acceptAll();
    await element.updateComplete;
    const events = recordEvents(element, ['consent-show', 'consent-hide']);
    element.showBanner();
    await element.updateComplete;
    expect(isBannerShown(element)).to.equal(true);
    element.showPreferences();
    await element.updateComplete;
    expect(dialog(element)?.open).to.equal(true);
    element.hide();
    await element.updateComplete;
    expect(dialog(element) === null).to.equal(true);
    expect(isBannerShown(element)).to.equal(false);
    expect(events.map((e) => `${e.type}:${(e.detail as { view: string }).view}`)).to.deep.equal([
      'consent-show:banner',
      'consent-hide:banner',
      'consent-show:preferences',
      'consent-hide:preferences',
    ]);
  });

  it('reset forgets the choice, deletes the cookie and shows the banner', async () => {
    const element = await mountConsent();
    element.acceptAll();
    const oldId = element.consent.id;
    const change = nextEvent(element, 'consent-change');
    element.reset();
    await element.updateComplete;
    expect((await change).detail.changed).to.have.members(['analytics', 'marketing']);
    expect(rawCookie('cc_consent')).to.equal(undefined);
    expect(isBannerShown(element)).to.equal(true);
    expect(element.consent.decided).to.equal(false);
    expect(element.consent.id).to.equal(null);
    element.acceptAll();
    expect(element.consent.id).to.not.equal(oldId);
  });

  it('exposes a ConsentState with ISO timestamps and the visitor country and language', async () => {
    const element = await mountConsent({ country: 'DE', lang: 'de-AT' });
    const before = element.consent;
    expect(before.createdAt).to.equal(null);
    expect(before.country).to.equal('DE');
    expect(before.language).to.equal('de-AT');
    element.acceptAll();
    const state = element.consent;
    expect(state.id).to.match(UUID_V4);
    expect(Date.parse(state.createdAt!)).to.be.closeTo(Date.now(), 5000);
    expect(state.updatedAt).to.equal(state.createdAt);
    expect(Date.parse(state.expiresAt!) - Date.parse(state.createdAt!)).to.equal(182 * 86_400_000);
  });
});

describe('<cookie-consent> attributes', () => {
  afterEach(cleanPage);

  it('uses categories, cookie-name and expires-days', async () => {
    const element = await mountConsent({ categories: 'stats ads', 'cookie-name': 'my_consent', 'expires-days': '30' });
    element.acceptAll();
    expect(rawCookie('cc_consent')).to.equal(undefined);
    const json = consentCookieJson('my_consent')!;
    expect(pick(json)).to.deep.equal({ a: 'stats.ads', d: '' });
    expect((json['et'] as number) - (json['ct'] as number)).to.equal(30 * 86_400);
  });

  const bad: [string, string, RegExp][] = [
    ['revision', 'two', /revision="two".*whole number/],
    ['expires-days', '400', /expires-days="400".*1 to 395/],
    ['expires-days', '0', /expires-days="0".*1 to 395/],
    ['cookie-name', 'my cookie;', /cookie-name="my cookie;"/],
    ['cookie-domain', '.example.com', /cookie-domain=".example.com".*localhost/],
    ['policy-url', 'javascript:alert(1)', /policy-url="javascript:alert\(1\)".*http/],
    ['categories', 'Analytics!', /"Analytics!"/],
    ['country', 'Cyprus', /country="Cyprus".*alpha-2/],
    ['lang', 'not a language!', /lang="not a language!".*BCP 47/],
    ['theme', 'neon', /theme="neon".*auto, light, dark/],
  ];
  for (const [name, value, message] of bad) {
    it(`warns once about ${name}="${value}" and falls back to the default`, async () => {
      const warnings = captureWarnings();
      let element: CookieConsent;
      try {
        element = await mountConsent({ [name]: value });
        element.requestUpdate();
        await element.updateComplete;
      } finally {
        warnings.restore();
      }
      expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
      expect(warnings.messages[0]).to.match(/^\[cookie-consent\]/);
      expect(warnings.messages[0]).to.match(message);
      expect(isBannerShown(element)).to.equal(true);
      element.acceptAll();
      expect(element.consent.decided).to.equal(true);
      expect(rawCookie('cc_consent') ?? rawCookie('my cookie;')).to.not.equal(undefined);
    });
  }

  it('renders attribute text as text, never as markup', async () => {
    const element = await mountConsent({ categories: 'analytics', 'policy-url': '/p?<img src=x onerror=alert(1)>' });
    expect(shadowOf(element).querySelector('img')).to.equal(null);
    expect((part(element, 'policy-link') as HTMLAnchorElement).href).to.include('%3Cimg');
  });

  it('takes attribute changes after start-up into account', async () => {
    const element = await mountConsent({ revision: '1' });
    element.acceptAll();
    await element.updateComplete;
    expect(isBannerShown(element)).to.equal(false);
    const change = nextEvent(element, 'consent-change');
    element.setAttribute('revision', '2');
    await element.updateComplete;
    expect((await change).detail.changed).to.have.members(['analytics', 'marketing']);
    await element.updateComplete;
    expect(isBannerShown(element)).to.equal(true);
    expect(element.hasConsent('analytics')).to.equal(false);
  });
});

describe('<cookie-consent> in and out of the document', () => {
  afterEach(cleanPage);

  it('sees a decision made elsewhere when it is connected again', async () => {
    const element = await mountConsent();
    element.remove();
    const other = await mountConsent();
    other.acceptAll();
    other.remove();
    document.body.append(element);
    await element.updateComplete;
    expect(element.consent.decided).to.equal(true);
    expect(isBannerShown(element)).to.equal(false);
  });

  it('opening the preferences while detached throws nothing, and they show once attached', async () => {
    const element = await mountConsent();
    element.remove();
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      element.showPreferences();
      await element.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 0));
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    document.body.append(element);
    element.requestUpdate();
    await element.updateComplete;
    expect(shadowOf(element).querySelector('dialog')?.open).to.equal(true);
  });
});

describe('<cookie-consent> asks again when the question changes', () => {
  afterEach(cleanPage);

  it('shows the banner again after a refusal when the revision changes', async () => {
    const element = await mountConsent({ revision: '1' });
    element.rejectAll();
    await element.updateComplete;
    expect(isBannerShown(element)).to.equal(false);
    element.setAttribute('revision', '2');
    await element.updateComplete;
    expect(isBannerShown(element)).to.equal(true);
  });

  it('shows the banner again when the categories attribute adds one after start-up', async () => {
    const element = await mountConsent({ categories: 'stats' });
    element.acceptAll();
    await element.updateComplete;
    element.setAttribute('categories', 'stats ads');
    await element.updateComplete;
    expect(isBannerShown(element)).to.equal(true);
    expect(element.hasConsent('stats')).to.equal(true);
  });
});

describe('<cookie-consent> translations from the config', () => {
  afterEach(cleanPage);

  it('shows the banner in the visitor\'s language when the config translates it, base language as fallback', async () => {
    const element = document.createElement('cookie-consent');
    element.setAttribute('lang', 'de-AT');
    element.config = { translations: { de: { acceptAll: 'Alle akzeptieren', rejectAll: 'Alle ablehnen', title: 'Cookies' } } };
    document.body.append(element);
    await element.updateComplete;
    const shown = banner(element)!;
    expect(shown.getAttribute('lang')).to.equal('de');
    expect([...shown.querySelectorAll('button')].map((b) => b.textContent.trim())).to.deep.equal(['Alle akzeptieren', 'Alle ablehnen', 'Preferences']);
    expect(shown.querySelector('h2')?.textContent).to.equal('Cookies');
  });

  it('stays in English for a language the config does not translate', async () => {
    const element = document.createElement('cookie-consent');
    element.setAttribute('lang', 'fr');
    element.config = { translations: { de: { acceptAll: 'Alle akzeptieren' } } };
    document.body.append(element);
    await element.updateComplete;
    expect(banner(element)!.getAttribute('lang')).to.equal('en');
    expect(part(element, 'accept-button')!.textContent.trim()).to.equal('Accept all');
  });
});
