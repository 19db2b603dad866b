/**
 * The script-tag bundle (dist/cookie-consent.min.js) as a host page loads it:
 * plain, defer and async; twice; under strict CSPs and Trusted Types.
 * Every page records uncaught errors and CSP violations, and none may occur.
 */
import { expect } from '@esm-bundle/chai';
import { cleanPage, waitFor } from '../support/helpers.js';
import { clickInFixture, fixtureBanner, openFixture } from '../support/frame.js';

describe('script-tag bundle', () => {
  afterEach(cleanPage);

  for (const mode of ['', 'defer', 'async']) {
    it(`defines the element and gates scripts when loaded ${mode || 'without defer or async'}`, async () => {
      const page = await openFixture(`/test/fixtures/bundle.html?load=${mode}`);
      await fixtureBanner(page);
      expect(page.probe.ran).to.deep.equal([]);
      await clickInFixture(page, 'Accept all');
      await waitFor(() => page.probe.ran.length > 0, 'the gated script');
      expect(page.probe.ran).to.deep.equal(['analytics']);
      expect(page.probe.errors).to.deep.equal([]);
    });
  }

  it('without defer, reads the JSON config that follows its start tag: right categories, no false warning, no banner flash for a returning visitor', async () => {
    const first = await openFixture('/test/fixtures/sync-config.html');
    await fixtureBanner(first);
    expect(Object.keys(first.element.consent.categories)).to.deep.equal(['necessary', 'analytics', 'ads']);
    expect(first.probe.warnings.filter((w) => w.startsWith('[cookie-consent]') && !w.includes('Compliance'))).to.deep.equal([]);
    first.element.setConsent({ 'analytics/ga4': true, ads: false });
    await waitFor(() => first.probe.ran.includes('ga4'), 'the ga4 script');
    first.frame.remove();

    const again = await openFixture('/test/fixtures/sync-config.html');
    await waitFor(() => (again.window as unknown as { events: string[] }).events.includes('consent-ready'), 'consent-ready');
    const events = (again.window as unknown as { events: string[] }).events;
    expect(events).to.deep.equal(['consent-ready']);
    expect(again.probe.ran).to.deep.equal(['ga4']);
    const layer = (again.window as unknown as { dataLayer: IArguments[] }).dataLayer.map((entry) => Array.from(entry) as unknown[]);
    expect(layer[1]).to.deep.equal(['consent', 'update', { analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' }]);
    expect(again.probe.errors).to.deep.equal([]);
    document.cookie = 'sync_consent=; Max-Age=0; Path=/';
  });

  it('with defer, a listener added by a later deferred script still hears consent-ready', async () => {
    const page = await openFixture('/test/fixtures/deferred-listener.html');
    await waitFor(() => (page.window as unknown as { heard?: string[] }).heard?.length === 1, 'consent-ready');
    expect((page.window as unknown as { heard: string[] }).heard).to.deep.equal(['consent-ready']);
  });

  it('loaded twice, the second copy warns once and the first keeps working', async () => {
    const page = await openFixture('/test/fixtures/double-load.html');
    await fixtureBanner(page);
    const ours = page.probe.warnings.filter((w) => w.startsWith('[cookie-consent]'));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.include('already defined');
    expect(page.document.querySelectorAll('cookie-consent')).to.have.length(1);
    await clickInFixture(page, 'Reject all');
    expect(page.element.consent.decided).to.equal(true);
    expect(page.probe.errors).to.deep.equal([]);
  });

  it('without the extras file beside it, warns once and keeps the banner working', async () => {
    const page = await openFixture('/test/fixtures/lonely/page.html');
    await clickInFixture(page, 'Preferences');
    await waitFor(() => page.probe.warnings.some((w) => w.includes('Preferences unavailable')), 'the warning');
    await fixtureBanner(page);
    const ours = page.probe.warnings.filter((w) => w.startsWith('[cookie-consent]'));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.include('cookie-consent-extras.min.js');
    await clickInFixture(page, 'Reject all');
    expect(page.element.consent.decided).to.equal(true);
    expect(page.probe.errors).to.deep.equal([]);
  });

  it('leaves a tag defined by another script alone, with one warning', async () => {
    const page = await openFixture('/test/fixtures/taken-tag.html');
    const ours = page.probe.warnings.filter((w) => w.startsWith('[cookie-consent]'));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.include('already defined');
    expect(page.element.shadowRoot === null).to.equal(true);
    expect(page.probe.errors).to.deep.equal([]);
  });
});

describe('strict Content Security Policy and Trusted Types', () => {
  afterEach(cleanPage);

  for (const policy of ['nonce', 'strict-dynamic', 'trusted-types']) {
    it(`works under the "${policy}" policy: styled, gated scripts run in order, no violation`, async () => {
      const page = await openFixture(`/test/fixtures/strict-page.html?policy=${policy}`);
      const shown = await fixtureBanner(page);
      // Adopted stylesheets apply under style-src 'self': the banner is laid out as designed.
      expect(page.window.getComputedStyle(shown).position).to.equal('fixed');
      expect(page.element.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
      expect(page.probe.ran).to.deep.equal([]);
      page.element.setConsent({ analytics: true });
      await waitFor(() => page.probe.ran.length >= 2, 'the analytics scripts');
      expect(page.probe.ran).to.deep.equal(['external-1', 'inline-2']);
      expect(page.probe.violations).to.deep.equal([]);
      expect(page.probe.errors).to.deep.equal([]);
      const released = page.document.querySelector<HTMLScriptElement>('script[data-marker="external-1"]')!;
      expect(released.type).to.equal('');
      expect(released.nonce).to.equal('r4nd0m-n0nce');
    });

    it(`loads the preferences view on demand under the "${policy}" policy`, async () => {
      const page = await openFixture(`/test/fixtures/strict-page.html?policy=${policy}`);
      await clickInFixture(page, 'Preferences');
      await waitFor(() => page.element.shadowRoot!.querySelector('dialog')?.open === true, 'the preferences dialog');
      const dialog = page.element.shadowRoot!.querySelector('dialog')!;
      expect(page.window.getComputedStyle(dialog).borderTopLeftRadius).to.equal('12px');
      expect(page.element.shadowRoot!.querySelectorAll('input[role="switch"]')).to.have.length(3);
      expect(page.probe.violations).to.deep.equal([]);
      expect(page.probe.errors).to.deep.equal([]);
    });
  }

  it('where Trusted Types refuse our policy, says so once, keeps gated scripts inert and throws nothing', async () => {
    const page = await openFixture('/test/fixtures/strict-page.html?policy=trusted-types-denied');
    await fixtureBanner(page);
    page.element.acceptAll();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(page.probe.ran).to.deep.equal([]);
    const ours = page.probe.warnings.filter((w) => w.startsWith('[cookie-consent]'));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.include('Trusted Types');
    expect(page.probe.errors).to.deep.equal([]);
    // The choice itself still works and is stored.
    expect(page.element.consent.decided).to.equal(true);
    expect(page.document.cookie).to.include('strict_consent=');
  });
});
