/**
 * The on-demand extras as a visitor and a site owner meet them: placeholders
 * in place of blocked embeds, the consent log sent to `consent-log-url`, the
 * compliance lint, and the full config validator's warnings. The extras load
 * with a dynamic import, so everything here is awaited with `waitFor`.
 */
import { expect } from '@esm-bundle/chai';
import type { CookieConsentConfig } from '../../src/core/config.js';
import type { CookieConsent } from '../../src/element/cookie-consent.js';
import { captureWarnings, cleanPage, consentCookieJson, waitFor, mountConfigured, addMarkup, fetched, freshUrl } from '../support/helpers.js';



/** The extras adopt their stylesheet into the element once loaded. */
function extrasLoaded(element: CookieConsent): boolean {
  return (element.shadowRoot?.adoptedStyleSheets.length ?? 0) >= 2;
}

const settle = (ms = 100) => new Promise((resolve) => setTimeout(resolve, ms));

function placeholderIn(container: ParentNode): HTMLElement | null {
  return container.querySelector<HTMLElement>('[data-cookie-consent-placeholder]');
}

function placeholderButton(holder: HTMLElement): HTMLButtonElement {
  const button = holder.shadowRoot?.querySelector('button');
  if (!button) throw new Error('The placeholder has no button');
  return button;
}

const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<cookie-consent> extras: placeholders for blocked embeds', () => {
  afterEach(() => {
    cleanPage();
  });

  it('puts an accessible placeholder in the iframe\'s box, loads nothing, and releases the iframe from its button', async () => {
    const url = freshUrl();
    const container = addMarkup(`<iframe data-consent="marketing" data-src="${url}" title="Partner video" width="320" height="180"></iframe>`);
    const iframe = container.querySelector('iframe')!;
    const element = await mountConfigured({ attributes: { 'policy-url': '/privacy' } });
    await waitFor(() => placeholderIn(container) !== null, 'the placeholder');
    const holder = placeholderIn(container)!;

    expect(iframe.previousElementSibling === holder, 'the placeholder sits just before the iframe').to.equal(true);
    const root = holder.shadowRoot!;
    expect(text(root.querySelector('strong'))).to.equal('Partner video');
    expect(text(root)).to.contain('Marketing');
    const button = placeholderButton(holder);
    expect(text(button)).to.equal('Allow Marketing');
    const group = root.querySelector('[role="group"]');
    expect(group?.getAttribute('aria-label')).to.equal('Partner video');

    expect(iframe.hidden).to.equal(true);
    expect(iframe.getBoundingClientRect().width).to.equal(0);
    expect(fetched(url), 'the blocked iframe was fetched').to.equal(false);
    const box = holder.getBoundingClientRect();
    expect([box.width, box.height]).to.deep.equal([320, 180]);

    const loaded = new Promise((resolve) => {
      iframe.addEventListener('load', resolve, { once: true });
    });
    button.click();
    expect(element.hasConsent('marketing')).to.equal(true);
    expect(element.hasConsent('analytics')).to.equal(false);
    await waitFor(() => iframe.getAttribute('src') === url, 'the iframe to get its src');
    await loaded;
    await waitFor(() => fetched(url), 'the iframe to be fetched');
    await waitFor(() => placeholderIn(container) === null, 'the placeholder to go');
    expect(iframe.hidden).to.equal(false);
    const frameBox = iframe.getBoundingClientRect();
    expect(frameBox.width > 0 && frameBox.height > 0, 'the iframe is visible').to.equal(true);
  });

  it('gives a blocked image a placeholder titled by its alt text', async () => {
    const url = freshUrl();
    const container = addMarkup(`<img data-consent="analytics" data-src="${url}" alt="Chart">`);
    await mountConfigured({ attributes: { 'policy-url': '/privacy' } });
    await waitFor(() => placeholderIn(container) !== null, 'the placeholder');
    const holder = placeholderIn(container)!;
    const root = holder.shadowRoot!;
    expect(text(root.querySelector('strong'))).to.equal('Chart');
    expect(root.querySelector('[role="group"]')?.getAttribute('aria-label')).to.equal('Chart');
    expect(text(root)).to.contain('Analytics');
    expect(text(placeholderButton(holder))).to.equal('Allow Analytics');
    expect(container.querySelector('img')!.hidden).to.equal(true);
    expect(fetched(url), 'the blocked image was fetched').to.equal(false);
  });

  it('names the service and allows only that service', async () => {
    const url = freshUrl();
    const container = addMarkup(`<iframe data-consent="analytics" data-consent-service="ga4" data-src="${url}" title="Stats"></iframe>`);
    const iframe = container.querySelector('iframe')!;
    const element = await mountConfigured({
      attributes: { 'policy-url': '/privacy' },
      config: { categories: { analytics: { services: { ga4: { label: 'Google Analytics' }, matomo: { label: 'Matomo' } } } } },
    });
    await waitFor(() => placeholderIn(container) !== null, 'the placeholder');
    const button = placeholderButton(placeholderIn(container)!);
    expect(text(button)).to.equal('Allow Google Analytics');
    button.click();
    expect(element.hasConsent('analytics/ga4')).to.equal(true);
    expect(element.hasConsent('analytics/matomo')).to.equal(false);
    expect(element.consent.services).to.deep.equal({ 'analytics/ga4': true, 'analytics/matomo': false });
    await waitFor(() => iframe.getAttribute('src') === url, 'the iframe to get its src');
    await waitFor(() => placeholderIn(container) === null, 'the placeholder to go');
  });

  it('names the category as the config labels it', async () => {
    const container = addMarkup(`<iframe data-consent="marketing" data-src="${freshUrl()}" title="Offer"></iframe>`);
    await mountConfigured({ attributes: { 'policy-url': '/privacy' }, config: { categories: { analytics: {}, marketing: { label: 'Advertising' } } } });
    await waitFor(() => placeholderIn(container) !== null, 'the placeholder');
    const holder = placeholderIn(container)!;
    expect(text(holder.shadowRoot)).to.contain('Advertising');
    expect(text(placeholderButton(holder))).to.equal('Allow Advertising');
  });

  it('gives an embed added after start-up a placeholder too', async () => {
    const element = await mountConfigured({ attributes: { 'policy-url': '/privacy' } });
    await element.updateComplete;
    const url = freshUrl();
    const container = addMarkup(`<iframe data-consent="marketing" data-src="${url}" title="Late map"></iframe>`);
    await waitFor(() => placeholderIn(container) !== null, 'the placeholder of the late embed');
    const holder = placeholderIn(container)!;
    expect(text(holder.shadowRoot!.querySelector('strong'))).to.equal('Late map');
    expect(text(placeholderButton(holder))).to.equal('Allow Marketing');
    expect(container.querySelector('iframe')!.hidden).to.equal(true);
    expect(fetched(url)).to.equal(false);
  });

  it('takes the placeholders away when the visitor accepts from the banner, or when the page removes the embed', async () => {
    const container = addMarkup(`
      <iframe data-consent="marketing" data-src="${freshUrl()}" title="Video"></iframe>
      <img data-consent="analytics" data-src="${freshUrl()}" alt="Chart">
    `);
    const element = await mountConfigured({ attributes: { 'policy-url': '/privacy' } });
    await waitFor(() => container.querySelectorAll('[data-cookie-consent-placeholder]').length === 2, 'two placeholders');
    // The page drops the image (client-side navigation): its placeholder must not stay behind.
    container.querySelector('img')!.remove();
    await waitFor(() => container.querySelectorAll('[data-cookie-consent-placeholder]').length === 1, 'the orphaned placeholder to go');
    const left = placeholderIn(container)!;
    expect(text(left.shadowRoot!.querySelector('strong'))).to.equal('Video');
    element.acceptAll();
    await waitFor(() => placeholderIn(container) === null, 'the last placeholder to go');
    expect(container.querySelector('iframe')!.hidden).to.equal(false);
  });

  it('offers no placeholder button for a category the banner does not offer, so nothing gets recorded', async () => {
    const container = addMarkup(`<iframe data-consent="social" data-src="${freshUrl()}" title="Post"></iframe>`);
    const warnings = captureWarnings();
    try {
      const element = await mountConfigured({ attributes: { 'policy-url': '/privacy' } });
      await waitFor(() => warnings.messages.some((message) => message.includes('"social"')), 'the warning about "social"');
      // Let the extras load and the placeholders be placed.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(placeholderIn(container) === null, 'no placeholder offers to allow what cannot be allowed').to.equal(true);
      expect(element.consent.decided, 'a decision was recorded').to.equal(false);
      expect(consentCookieJson() === undefined, 'no consent cookie was written').to.equal(true);
      expect(element.shadowRoot!.querySelector('[part~="banner"]') !== null, 'the banner still asks').to.equal(true);
    } finally {
      warnings.restore();
    }
  });

  it('offers a real, focusable button in a named group', async () => {
    const container = addMarkup(`<iframe data-consent="marketing" data-src="${freshUrl()}" title="Partner video"></iframe>`);
    await mountConfigured({ attributes: { 'policy-url': '/privacy' } });
    await waitFor(() => placeholderIn(container) !== null, 'the placeholder');
    const holder = placeholderIn(container)!;
    const button = placeholderButton(holder);
    expect(button.localName).to.equal('button');
    expect(button.type).to.equal('button');
    expect(button.disabled).to.equal(false);
    expect(button.tabIndex).to.equal(0);
    button.focus();
    expect(document.activeElement === holder && holder.shadowRoot!.activeElement === button, 'the button takes focus').to.equal(true);
    const group = holder.shadowRoot!.querySelector('[role="group"]');
    expect(group?.getAttribute('aria-label')).to.equal('Partner video');
  });
});

interface LogRecord {
  id: string | null;
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
  revision: number;
  country: string | null;
  language: string | null;
  gpc: boolean;
  noticeHash: string;
  time: string;
}

const LOG = '/test-consent-log';

/** The page's own fetch, kept before any spy replaces it. */
const realFetch = window.fetch.bind(window);

async function logRecords(): Promise<LogRecord[]> {
  const response = await realFetch(LOG, { cache: 'no-store' });
  return (await response.json()) as LogRecord[];
}

/** Polls the test endpoint until it holds `count` records. */
async function waitForRecords(count: number, timeoutMs = 3000): Promise<LogRecord[]> {
  const start = performance.now();
  for (;;) {
    const records = await logRecords();
    if (records.length >= count) return records;
    if (performance.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${String(count)} consent records; have ${String(records.length)}`);
    await settle(25);
  }
}

/**
 * How the spied sendBeacon behaves: `send` (the browser's own), `refuse`
 * (returns false, as when the beacon quota is exhausted) or `throw` (as some
 * browsers do for blocked URLs). The element then falls back to fetch.
 */
type BeaconMode = 'send' | 'refuse' | 'throw';

/** Records every URL given to sendBeacon or fetch (the tests' own reads of the log go through the original fetch). */
function spyOnSending(mode: BeaconMode = 'send'): { beacons: string[]; fetches: string[]; restore: () => void } {
  const beacons: string[] = [];
  const fetches: string[] = [];
  const beacon = Object.getOwnPropertyDescriptor(Navigator.prototype, 'sendBeacon')!;
  const originalFetch = Object.getOwnPropertyDescriptor(window, 'fetch')!;
  Object.defineProperty(navigator, 'sendBeacon', {
    configurable: true,
    value: (url: string | URL, data?: BodyInit | null) => {
      beacons.push(String(url));
      if (mode === 'refuse') return false;
      if (mode === 'throw') throw new TypeError('Beacon blocked');
      return (beacon.value as Navigator['sendBeacon']).call(navigator, url, data);
    },
  });
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    fetches.push(input instanceof Request ? input.url : String(input));
    return realFetch(input, init);
  };
  return {
    beacons,
    fetches,
    restore: () => {
      delete (navigator as unknown as Record<string, unknown>)['sendBeacon'];
      Object.defineProperty(window, 'fetch', originalFetch);
    },
  };
}

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('<cookie-consent> extras: consent log', () => {
  let errors: string[];
  const onError = (event: ErrorEvent) => { errors.push(event.message); };
  const onRejection = (event: PromiseRejectionEvent) => { errors.push(String(event.reason)); };

  beforeEach(async () => {
    errors = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const response = await realFetch(LOG, { method: 'DELETE' });
    expect(response.status).to.equal(204);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    cleanPage();
  });

  it('sends every decision, refusals too, as a record to consent-log-url', async () => {
    const element = await mountConfigured({ attributes: { 'consent-log-url': LOG, 'policy-url': '/privacy', revision: '3', country: 'CY' } });
    const before = Date.now();
    element.acceptAll();
    const [accepted] = await waitForRecords(1);
    const state = element.consent;
    expect(accepted!.id).to.match(UUID_V4);
    expect(accepted!.id).to.equal(state.id);
    expect(accepted!.categories).to.deep.equal({ necessary: true, analytics: true, marketing: true });
    expect(accepted!.revision).to.equal(3);
    expect(accepted!.country).to.equal('CY');
    expect(typeof accepted!.language === 'string' && accepted!.language !== '', 'language is given').to.equal(true);
    expect(accepted!.language).to.equal(state.language);
    expect(accepted!.gpc).to.equal(false);
    expect(accepted!.noticeHash).to.match(/^[0-9a-f]{8}$/);
    expect(new Date(accepted!.time).toISOString()).to.equal(accepted!.time);
    expect(Math.abs(Date.parse(accepted!.time) - before) < 5000, 'the time is now').to.equal(true);

    element.rejectAll();
    const records = await waitForRecords(2);
    expect(records.length).to.equal(2);
    const rejected = records[1]!;
    expect(rejected.id).to.equal(accepted!.id);
    expect(rejected.categories).to.deep.equal({ necessary: true, analytics: false, marketing: false });
    expect(rejected.noticeHash).to.equal(accepted!.noticeHash);
    expect(errors).to.deep.equal([]);
  });

  it('sends nothing without consent-log-url', async () => {
    const spy = spyOnSending();
    try {
      const element = await mountConfigured({ attributes: { 'policy-url': '/privacy' } });
      await waitFor(() => extrasLoaded(element), 'the extras to load');
      element.acceptAll();
      element.rejectAll();
      await settle(300);
      expect([...spy.beacons, ...spy.fetches]).to.deep.equal([]);
    } finally {
      spy.restore();
    }
    expect(await logRecords()).to.deep.equal([]);
  });

  for (const [what, url] of [
    ['an endpoint that answers 404', '/test-consent-log-missing'],
    ['an unreachable host', 'https://127.0.0.1:1/x'],
  ] as const) {
    for (const mode of ['send', 'refuse', 'throw'] as const) {
      it(`breaks nothing when the log goes to ${what} (sendBeacon: ${mode})`, async () => {
        const spy = spyOnSending(mode);
        try {
          const element = await mountConfigured({ attributes: { 'consent-log-url': url, 'policy-url': '/privacy' } });
          element.acceptAll();
          await waitFor(() => spy.beacons.length > 0, 'the record to be sent');
          const absolute = new URL(url, location.href).href;
          expect(new URL(spy.beacons[0]!, location.href).href).to.equal(absolute);
          if (mode !== 'send') await waitFor(() => spy.fetches.length > 0, 'the fetch fallback');
          // Time for the request to fail and for any rejection to surface.
          await settle(500);
          await element.updateComplete;
          expect(spy.fetches.map((sent) => new URL(sent, location.href).href)).to.deep.equal(mode === 'send' ? [] : [absolute]);
          expect(element.hasConsent('marketing')).to.equal(true);
          expect(element.consent.decided).to.equal(true);
          expect(consentCookieJson() !== undefined, 'the consent cookie is stored').to.equal(true);
          expect(element.shadowRoot!.querySelector('[part~="banner"]') === null, 'the banner closed').to.equal(true);
          expect(errors).to.deep.equal([]);
        } finally {
          spy.restore();
        }
      });
    }
  }

  it('falls back to fetch when the browser refuses the beacon, and the record still arrives', async () => {
    const spy = spyOnSending('refuse');
    try {
      const element = await mountConfigured({ attributes: { 'consent-log-url': LOG, 'policy-url': '/privacy' } });
      element.rejectAll();
      const [record] = await waitForRecords(1);
      expect(record!.id).to.equal(element.consent.id);
      expect(record!.categories).to.deep.equal({ necessary: true, analytics: false, marketing: false });
      expect(spy.beacons.length).to.equal(1);
    } finally {
      spy.restore();
    }
  });

  it('refuses a javascript: consent-log-url with one warning and sends nothing', async () => {
    const warnings = captureWarnings();
    const spy = spyOnSending();
    try {
      const element = await mountConfigured({ attributes: { 'consent-log-url': 'javascript:alert(1)', 'policy-url': '/privacy' } });
      await waitFor(() => extrasLoaded(element), 'the extras to load');
      element.acceptAll();
      await settle(300);
      expect(warnings.messages.filter((message) => message.includes('consent-log-url'))).to.have.length(1);
      expect([...spy.beacons, ...spy.fetches]).to.deep.equal([]);
      expect(element.hasConsent('analytics')).to.equal(true);
    } finally {
      spy.restore();
      warnings.restore();
    }
    expect(errors).to.deep.equal([]);
  });

  it('fingerprints the config the visitor saw: different configs, different noticeHash', async () => {
    const first = await mountConfigured({
      attributes: { 'consent-log-url': LOG, 'policy-url': '/privacy' },
      config: { categories: { analytics: { label: 'Statistics' }, marketing: {} } },
    });
    first.acceptAll();
    await waitForRecords(1);
    first.remove();
    cleanPage();
    const second = await mountConfigured({
      attributes: { 'consent-log-url': LOG, 'policy-url': '/privacy' },
      config: { categories: { analytics: { label: 'Audience measurement' }, marketing: {} } },
    });
    second.acceptAll();
    const [one, two] = await waitForRecords(2);
    expect(one!.noticeHash).to.match(/^[0-9a-f]{8}$/);
    expect(two!.noticeHash).to.match(/^[0-9a-f]{8}$/);
    expect(one!.noticeHash).to.not.equal(two!.noticeHash);
  });
});

describe('<cookie-consent> extras: compliance lint', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  const added: Element[] = [];
  const matching = (...parts: string[]) => warnings.messages.filter((message) => parts.every((part) => message.includes(part)));

  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    for (const node of added.splice(0)) node.remove();
    cleanPage();
  });

  it('warns once when the notice links to no privacy policy', async () => {
    await mountConfigured();
    await waitFor(() => matching('Compliance', 'policy-url').length > 0, 'the lint warning');
    await settle();
    expect(matching('Compliance', 'policy-url', 'CNIL')).to.have.length(1);
    expect(matching('policy-url')).to.have.length(1);
  });

  it('says nothing about the policy when policy-url is set', async () => {
    // A pre-ticked category is the sign that the lint has run.
    await mountConfigured({ attributes: { 'policy-url': '/privacy' }, config: { categories: { analytics: { enabled: true }, marketing: {} } } });
    await waitFor(() => matching('Compliance', 'pre-ticked').length > 0, 'the lint to run');
    await settle();
    expect(matching('policy-url')).to.deep.equal([]);
  });

  it('faults a pre-ticked category in opt-in mode', async () => {
    await mountConfigured({ attributes: { 'policy-url': '/privacy' }, config: { categories: { analytics: {}, marketing: { enabled: true } } } });
    await waitFor(() => matching('Compliance', 'pre-ticked').length > 0, 'the lint warning');
    const found = matching('Compliance', 'pre-ticked');
    expect(found).to.have.length(1);
    expect(found[0]).to.contain('"marketing"');
    expect(found[0]).to.contain('EDPB');
    expect(found[0]).to.not.contain('"analytics"');
  });

  it('accepts a pre-ticked category in opt-out mode', async () => {
    // Without policy-url, its warning is the sign that the lint has run.
    await mountConfigured({ attributes: { mode: 'opt-out' }, config: { categories: { analytics: {}, marketing: { enabled: true } } } });
    await waitFor(() => matching('Compliance', 'policy-url').length > 0, 'the lint to run');
    await settle();
    expect(matching('pre-ticked')).to.deep.equal([]);
  });

  it('warns when the page hides "Reject all"', async () => {
    const style = document.createElement('style');
    style.setAttribute('data-test-added', '');
    style.textContent = 'cookie-consent::part(reject-button) { display: none }';
    document.head.append(style);
    added.push(style);
    await mountConfigured({ attributes: { 'policy-url': '/privacy' } });
    await waitFor(() => matching('Compliance', 'Reject all').length > 0, 'the lint warning');
    const found = matching('Compliance', 'Reject all');
    expect(found).to.have.length(1);
    expect(found[0]).to.contain('display');
  });

  it('is content with the banner as it ships', async () => {
    // Without the page's CSS, "Reject all" looks like "Accept all"; policy-url missing is the sign the lint ran.
    await mountConfigured();
    await waitFor(() => matching('Compliance', 'policy-url').length > 0, 'the lint to run');
    await settle();
    expect(matching('Reject all')).to.deep.equal([]);
    expect(matching('Compliance')).to.have.length(1);
  });
});

describe('<cookie-consent> extras: config diagnostics', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  // A real alert() would block the browser (and hang the run): count calls instead.
  let alerts = 0;
  const originalAlert = Object.getOwnPropertyDescriptor(window, 'alert')!;
  before(() => {
    window.alert = () => { alerts += 1; };
  });
  after(async () => {
    await settle(300);
    Object.defineProperty(window, 'alert', originalAlert);
  });
  const matching = (...parts: string[]) => warnings.messages.filter((message) => parts.every((part) => message.includes(part)));
  /** The lint's "no policy-url" warning comes right after the config is validated. */
  const validated = () => waitFor(() => matching('Compliance', 'policy-url').length > 0, 'the extras to validate the config');

  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    cleanPage();
  });

  it('names an unknown key by its path', async () => {
    await mountConfigured({ json: '{"categories":{"analytics":{"colour":"red"}}}' });
    await validated();
    expect(matching('config.categories.analytics.colour')).to.have.length(1);
  });

  it('validates the config property as well', async () => {
    await mountConfigured({ config: { categories: { analytics: { colour: 'red' } } } as unknown as CookieConsentConfig });
    await validated();
    expect(matching('config.categories.analytics.colour')).to.have.length(1);
  });

  it('names a bad cookie entry by its path', async () => {
    await mountConfigured({ json: '{"categories":{"analytics":{"cookies":[42]}}}' });
    await validated();
    expect(matching('config.categories.analytics.cookies[0]')).to.have.length(1);
  });

  it('says once that malformed JSON is not valid JSON', async () => {
    await mountConfigured({ json: '{"categories": {"analytics": ' });
    await validated();
    expect(matching('not valid JSON')).to.have.length(1);
  });

  it('is silent about a valid config', async () => {
    await mountConfigured({
      json: JSON.stringify({
        categories: {
          analytics: { label: 'Statistics', description: 'Counting visits.', cookies: ['_ga', '/^_gid/', { name: '_gcl_au', purpose: 'Ads', duration: '90 days' }] },
          marketing: { services: { ads: { label: 'Ads', cookies: ['_ads'] } } },
        },
        translations: { de: { acceptAll: 'Alle akzeptieren' } },
      }),
    });
    await validated();
    await settle();
    expect(warnings.messages.filter((message) => !message.includes('Compliance'))).to.deep.equal([]);
  });

  it('renders markup in a label as text in the preferences', async () => {
    const element = await mountConfigured({ attributes: { 'policy-url': '/privacy' }, config: { categories: { analytics: { label: '<img src=x onerror=alert(1)>' } } } });
    element.showPreferences();
    await waitFor(() => element.shadowRoot?.querySelector('dialog[open]') != null, 'the preferences dialog');
    await element.updateComplete;
    // Time for an injected image to fail and run its handler (while alert is stubbed).
    await settle(300);
    const root = element.shadowRoot!;
    expect(root.querySelectorAll('img').length).to.equal(0);
    expect(text(root.querySelector('dialog'))).to.contain('<img src=x onerror=alert(1)>');
    expect(alerts).to.equal(0);
  });
});
