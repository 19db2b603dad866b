/**
 * The integrations a host site wires up around the banner: Google Consent
 * Mode v2 in `window.dataLayer`, the choice followed live by the site's other
 * tabs, "Cookie settings" links marked `data-cookie-consent-open`, and
 * `reload-on-withdraw`. Each is checked as a site owner would notice it.
 */
import { expect } from '@esm-bundle/chai';
import type { CookieConsent } from '../../src/element/cookie-consent.js';
import { cleanPage, isBannerShown, mountConsent, nextEvent, waitFor } from '../support/helpers.js';
import { clickInFixture, fixtureBanner, openFixture, type FramePage } from '../support/frame.js';

/** The page's `dataLayer`, as Google's tags read it. */
type LayerWindow = Window & { dataLayer?: unknown[]; integrationsRan?: number[] };
const page = window as LayerWindow;

/** Lets pending tasks (timers, idle callbacks, late pushes) run. */
function settle(ms = 50): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** How an entry was pushed: gtag.js only reads `[object Arguments]`. */
function kinds(): string[] {
  return (page.dataLayer ?? []).map((entry) => Object.prototype.toString.call(entry));
}

/** Every dataLayer entry as a plain array, in order. */
function entries(): unknown[][] {
  return (page.dataLayer ?? []).map((entry) => Array.from(entry as ArrayLike<unknown>));
}

const ALL_DENIED_DEFAULT = [
  'consent',
  'default',
  { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied', wait_for_update: 500 },
];

describe('Google Consent Mode v2 (google-consent-mode)', () => {
  beforeEach(() => {
    cleanPage();
    delete page.dataLayer;
    delete page.integrationsRan;
  });
  afterEach(() => {
    cleanPage();
    delete page.dataLayer;
    delete page.integrationsRan;
  });

  it('without the attribute, pushes nothing to dataLayer, before or after a decision', async () => {
    const element = await mountConsent();
    await settle();
    expect(page.dataLayer === undefined).to.equal(true);
    element.acceptAll();
    await element.updateComplete;
    element.setConsent({ marketing: false });
    await settle();
    expect(page.dataLayer === undefined).to.equal(true);
  });

  it('on a first visit, pushes exactly one all-denied default, as an arguments object', async () => {
    await mountConsent({ 'google-consent-mode': '' });
    await settle();
    expect(kinds()).to.deep.equal(['[object Arguments]']);
    expect(entries()).to.deep.equal([ALL_DENIED_DEFAULT]);
  });

  it('keeps an existing dataLayer and appends to it', async () => {
    page.dataLayer = [{ event: 'site-own' }];
    await mountConsent({ 'google-consent-mode': '' });
    await settle();
    expect(page.dataLayer.length).to.equal(2);
    expect(page.dataLayer[0]).to.deep.equal({ event: 'site-own' });
    expect(Array.from(page.dataLayer[1] as ArrayLike<unknown>)).to.deep.equal(ALL_DENIED_DEFAULT);
  });

  it('after each decision pushes an update with the current signals, in order', async () => {
    const element = await mountConsent({ 'google-consent-mode': '' });
    element.acceptAll();
    await element.updateComplete;
    element.setConsent({ marketing: false });
    await settle();
    expect(kinds()).to.deep.equal(['[object Arguments]', '[object Arguments]', '[object Arguments]']);
    expect(entries()).to.deep.equal([
      ALL_DENIED_DEFAULT,
      ['consent', 'update', { analytics_storage: 'granted', ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' }],
      ['consent', 'update', { analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' }],
    ]);
  });

  it('for a returning visitor, pushes default then update before a gated analytics script runs', async () => {
    // A first page view stores the choice: analytics allowed, marketing refused.
    const first = await mountConsent();
    first.setConsent({ analytics: true, marketing: false });
    await first.updateComplete;
    first.remove();
    delete page.dataLayer;

    // The next page view: the gated tag records what dataLayer held when it ran.
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.dataset['consent'] = 'analytics';
    script.setAttribute('data-test-added', '');
    script.text = '(window.integrationsRan = window.integrationsRan || []).push(window.dataLayer ? window.dataLayer.length : 0);';
    document.body.append(script);

    await mountConsent({ 'google-consent-mode': '' });
    await waitFor(() => page.integrationsRan !== undefined, 'the gated analytics script');
    await settle();
    expect(page.integrationsRan).to.deep.equal([2]);
    expect(kinds()).to.deep.equal(['[object Arguments]', '[object Arguments]']);
    expect(entries()).to.deep.equal([
      ALL_DENIED_DEFAULT,
      ['consent', 'update', { analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' }],
    ]);
  });

  it('a returning visitor who refused everything gets the default only', async () => {
    const first = await mountConsent();
    first.rejectAll();
    await first.updateComplete;
    first.remove();
    delete page.dataLayer;

    const element = await mountConsent({ 'google-consent-mode': '' });
    await settle();
    expect(element.consent.decided).to.equal(true);
    expect(entries()).to.deep.equal([ALL_DENIED_DEFAULT]);
  });

  it('a config consentMode map decides which signals are sent', async () => {
    const element = document.createElement('cookie-consent');
    element.setAttribute('google-consent-mode', '');
    element.config = { consentMode: { analytics: ['analytics_storage', 'functionality_storage'] } };
    document.body.append(element);
    await element.updateComplete;
    await settle();
    expect(entries()).to.deep.equal([['consent', 'default', { analytics_storage: 'denied', functionality_storage: 'denied', wait_for_update: 500 }]]);
    element.setConsent({ analytics: true });
    await settle();
    expect(kinds()).to.deep.equal(['[object Arguments]', '[object Arguments]']);
    expect(entries()[1]).to.deep.equal(['consent', 'update', { analytics_storage: 'granted', functionality_storage: 'granted' }]);
  });
});

/** The banner of a fixture page is shown (compared as a boolean, never as a node). */
function fixtureBannerShown(fixture: FramePage): boolean {
  return fixture.element.shadowRoot?.querySelector('[part~="banner"]') != null;
}

/** What the fixture page's own listener recorded of consent-change. */
function changesSeen(fixture: FramePage): string[] {
  return fixture.probe.ran.filter((entry) => entry.startsWith('consent-change:'));
}

describe('cross-tab sync', () => {
  beforeEach(cleanPage);
  afterEach(cleanPage);

  it('accepting in one tab updates the other without a reload: event, banner closed, gated script run', async () => {
    const one = await openFixture('/test/fixtures/integrations/page.html');
    const two = await openFixture('/test/fixtures/integrations/page.html');
    await fixtureBanner(one);
    await fixtureBanner(two);
    // A reload of the second tab would replace its window: keep a mark on it.
    (two.window as Window & { sameWindow?: boolean }).sameWindow = true;
    expect(two.probe.ran).to.deep.equal([]);

    await clickInFixture(one, 'Accept all');
    await waitFor(() => two.probe.ran.includes('analytics'), 'the gated script in the other tab');
    await waitFor(() => !fixtureBannerShown(two), 'the other tab\'s banner to close');
    await settle(100);

    expect((two.frame.contentWindow as Window & { sameWindow?: boolean }).sameWindow).to.equal(true);
    expect(changesSeen(two)).to.have.length(1);
    expect(changesSeen(two)[0]!.split(':')[1]!.split(',').sort()).to.deep.equal(['analytics', 'marketing']);
    expect(two.element.consent.decided).to.equal(true);
    expect(two.element.consent.categories).to.deep.equal({ necessary: true, analytics: true, marketing: true });
    expect(two.probe.ran.filter((entry) => entry === 'analytics')).to.have.length(1);
    // No echo: the tab that decided hears its own decision once.
    expect(changesSeen(one)).to.have.length(1);
    expect(one.probe.ran.filter((entry) => entry === 'analytics')).to.have.length(1);
    expect(one.probe.errors).to.deep.equal([]);
    expect(two.probe.errors).to.deep.equal([]);
  });

  it('rejecting in one tab closes the other tab\'s open banner even though no value changed', async () => {
    const one = await openFixture('/test/fixtures/integrations/page.html');
    const two = await openFixture('/test/fixtures/integrations/page.html');
    await fixtureBanner(one);
    await fixtureBanner(two);

    await clickInFixture(one, 'Reject all');
    await waitFor(() => !fixtureBannerShown(one), 'the banner to close where the visitor decided');
    await waitFor(() => !fixtureBannerShown(two), 'the other tab\'s banner to close');
    await settle(100);

    expect(fixtureBannerShown(two)).to.equal(false);
    expect(two.element.consent.decided).to.equal(true);
    expect(two.element.consent.categories).to.deep.equal({ necessary: true, analytics: false, marketing: false });
    expect(two.probe.ran.includes('analytics')).to.equal(false);
    expect(two.probe.errors).to.deep.equal([]);
  });
});

describe('data-cookie-consent-open', () => {
  let element: CookieConsent;

  beforeEach(async () => {
    cleanPage();
    element = await mountConsent();
    element.acceptAll();
    await element.updateComplete;
  });
  afterEach(cleanPage);

  /** The preferences dialog is open (a boolean, never the node). */
  async function preferencesOpen(): Promise<boolean> {
    await element.updateComplete;
    try {
      await waitFor(() => element.shadowRoot?.querySelector('dialog')?.open === true, 'the preferences dialog', 2000);
    } catch {
      return false;
    }
    return true;
  }

  function addToPage(html: string): HTMLElement {
    const footer = document.createElement('footer');
    footer.setAttribute('data-test-added', '');
    footer.innerHTML = html;
    document.body.append(footer);
    return footer;
  }

  it('a button elsewhere in the page opens the preferences', async () => {
    const footer = addToPage('<button type="button" data-cookie-consent-open>Cookie settings</button>');
    expect(isBannerShown(element)).to.equal(false);
    const shown = nextEvent(element, 'consent-show');
    footer.querySelector('button')!.click();
    expect(await preferencesOpen()).to.equal(true);
    expect((await shown).detail.view).to.equal('preferences');
  });

  it('a link opens the preferences and does not follow its href', async () => {
    const footer = addToPage('<a href="#cookie-settings" data-cookie-consent-open>Cookie settings</a>');
    const hashBefore = location.hash;
    let prevented: boolean | undefined;
    const watch = (event: Event) => { prevented = event.defaultPrevented; };
    window.addEventListener('click', watch);
    try {
      footer.querySelector('a')!.click();
      expect(await preferencesOpen()).to.equal(true);
      expect(location.hash).to.equal(hashBefore);
      expect(prevented).to.equal(true);
    } finally {
      window.removeEventListener('click', watch);
      if (location.hash !== hashBefore) history.replaceState(null, '', location.pathname + location.search + hashBefore);
    }
  });

  it('a click on an element inside the opener (a <span> in the button) opens the preferences', async () => {
    const footer = addToPage('<button type="button" data-cookie-consent-open><span class="icon">⚙</span> <span>Cookie settings</span></button>');
    footer.querySelector('span')!.click();
    expect(await preferencesOpen()).to.equal(true);
  });

  it('a click elsewhere in the page does not open the preferences', async () => {
    const footer = addToPage('<button type="button">Newsletter</button>');
    footer.querySelector('button')!.click();
    await settle(200);
    await element.updateComplete;
    expect(element.shadowRoot?.querySelector('dialog') == null).to.equal(true);
  });
});

describe('reload-on-withdraw', () => {
  beforeEach(cleanPage);
  afterEach(cleanPage);

  /** Counts the frame's loads from now on, and whether its current window unloaded. */
  function watchReloads(fixture: FramePage): { loads: () => number; unloaded: () => boolean } {
    let loads = 0;
    let unloaded = false;
    fixture.frame.addEventListener('load', () => { loads += 1; });
    fixture.window.addEventListener('pagehide', () => { unloaded = true; });
    return { loads: () => loads, unloaded: () => unloaded };
  }

  /** The element of the document the frame holds now (a reload replaces it). */
  function currentElement(fixture: FramePage): CookieConsent {
    return fixture.frame.contentDocument!.querySelector<CookieConsent>('cookie-consent')!;
  }

  it('with the attribute: rejecting on a first visit and accepting do not reload; withdrawing analytics reloads once', async () => {
    const fixture = await openFixture('/test/fixtures/integrations/reload-on-withdraw.html');
    await fixtureBanner(fixture);
    const watch = watchReloads(fixture);

    fixture.element.rejectAll();
    await settle(500);
    expect(watch.loads()).to.equal(0);
    expect(watch.unloaded()).to.equal(false);

    fixture.element.acceptAll();
    await waitFor(() => fixture.probe.ran.includes('analytics'), 'the gated script');
    await settle(500);
    expect(watch.loads()).to.equal(0);
    expect(watch.unloaded()).to.equal(false);

    fixture.element.setConsent({ analytics: false });
    await waitFor(() => watch.loads() >= 1, 'the frame to reload');
    await settle(700);
    expect(watch.loads()).to.equal(1);
    const reloaded = currentElement(fixture);
    await reloaded.updateComplete;
    expect(reloaded.consent.decided).to.equal(true);
    expect(reloaded.consent.categories).to.deep.equal({ necessary: true, analytics: false, marketing: true });
    expect(reloaded.shadowRoot?.querySelector('[part~="banner"]') == null).to.equal(true);
    const probe = (fixture.frame.contentWindow as FramePage['window']).probe;
    expect(probe.ran.includes('analytics')).to.equal(false);
    expect(probe.errors).to.deep.equal([]);
  });

  it('a withdrawal in another tab reloads this tab too, so its analytics stops running', async () => {
    const one = await openFixture('/test/fixtures/integrations/reload-on-withdraw.html');
    const two = await openFixture('/test/fixtures/integrations/reload-on-withdraw.html');
    await fixtureBanner(one);
    await fixtureBanner(two);
    one.element.acceptAll();
    await waitFor(() => two.probe.ran.includes('analytics'), 'the gated script in the other tab');
    const watchOne = watchReloads(one);
    const watchTwo = watchReloads(two);

    one.element.setConsent({ analytics: false });
    await waitFor(() => watchOne.loads() >= 1, 'the deciding tab to reload');
    await settle(800);
    expect(watchOne.loads()).to.equal(1);
    expect(watchTwo.loads()).to.equal(1);
  });

  it('without the attribute, withdrawing analytics does not reload', async () => {
    const fixture = await openFixture('/test/fixtures/integrations/page.html');
    await fixtureBanner(fixture);
    const watch = watchReloads(fixture);

    fixture.element.acceptAll();
    await waitFor(() => fixture.probe.ran.includes('analytics'), 'the gated script');
    fixture.element.setConsent({ analytics: false });
    await settle(800);
    expect(watch.loads()).to.equal(0);
    expect(watch.unloaded()).to.equal(false);
    expect(fixture.element.consent.categories['analytics']).to.equal(false);
  });
});
