/**
 * `mode` and `gpc` as a site owner sets them: what is allowed before the
 * visitor decides — nothing optional in opt-in, everything in opt-out (the
 * banner still asks), opt-in or opt-out by country in auto — and Global
 * Privacy Control turning marketing off unless the site ignores it.
 */
import { expect } from '@esm-bundle/chai';
import type { CookieConsent } from '../../src/element/cookie-consent.js';
import { captureWarnings, cleanPage, isBannerShown, mountConsent, rawCookie, waitFor } from '../support/helpers.js';

declare global {
  interface Window {
    modesProbe?: string[];
  }
}

/** An inline gated script that pushes `marker` into `window.modesProbe` when it runs. */
function gatedInline(categories: string, marker: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'text/plain';
  script.dataset['consent'] = categories;
  script.setAttribute('data-test-added', '');
  script.text = `window.modesProbe.push(${JSON.stringify(marker)});`;
  return script;
}

const settle = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

/** What is allowed now, as a site's own code would ask. */
function allowed(element: CookieConsent): { analytics: boolean; marketing: boolean } {
  return { analytics: element.hasConsent('analytics'), marketing: element.hasConsent('marketing') };
}

const ALL_ON = { analytics: true, marketing: true };
const ALL_OFF = { analytics: false, marketing: false };

/** Makes the browser report these languages (and so no region, for `['en']`) until restored. */
function stubLanguages(languages: readonly string[]): void {
  Object.defineProperty(navigator, 'languages', { value: languages, configurable: true });
}

/** Makes the browser send (or not) Global Privacy Control until restored. */
function stubGpc(value: boolean | undefined): void {
  Object.defineProperty(navigator, 'globalPrivacyControl', { value, configurable: true });
}

function restoreNavigator(): void {
  // The stubs are own properties of `navigator`; deleting them uncovers the browser's own.
  Reflect.deleteProperty(navigator, 'languages');
  Reflect.deleteProperty(navigator, 'globalPrivacyControl');
}

describe('<cookie-consent> mode and gpc', () => {
  beforeEach(() => {
    window.modesProbe = [];
    // The test browser sends no Global Privacy Control unless a test says so.
    stubGpc(undefined);
  });
  afterEach(() => {
    restoreNavigator();
    cleanPage();
    delete window.modesProbe;
  });

  describe('mode="opt-out"', () => {
    it('allows every optional category before a decision, runs gated scripts, and still shows the banner', async () => {
      document.body.append(gatedInline('analytics', 'analytics'), gatedInline('marketing', 'marketing'));
      const element = await mountConsent({ mode: 'opt-out' });
      expect(allowed(element)).to.deep.equal(ALL_ON);
      expect(element.consent.categories).to.deep.equal({ necessary: true, ...ALL_ON });
      await waitFor(() => window.modesProbe?.length === 2, 'the gated scripts to run without a click');
      expect(window.modesProbe).to.deep.equal(['analytics', 'marketing']);
      expect(element.consent.decided).to.equal(false);
      expect(isBannerShown(element)).to.equal(true);
      // No decision yet: nothing is stored.
      expect(rawCookie('cc_consent')).to.equal(undefined);
    });

    it('turns everything off on rejectAll()', async () => {
      const element = await mountConsent({ mode: 'opt-out' });
      element.rejectAll();
      await element.updateComplete;
      expect(allowed(element)).to.deep.equal(ALL_OFF);
      expect(element.consent.decided).to.equal(true);
      expect(isBannerShown(element)).to.equal(false);
      expect(rawCookie('cc_consent')).to.not.equal(undefined);
    });

    it('takes effect when set after start-up, releasing gated scripts before any decision', async () => {
      document.body.append(gatedInline('analytics', 'analytics'));
      const element = await mountConsent({ mode: 'opt-in' });
      await settle();
      expect(window.modesProbe).to.deep.equal([]);
      element.setAttribute('mode', 'opt-out');
      await element.updateComplete;
      await waitFor(() => window.modesProbe?.length === 1, 'the gated script after the mode changed');
      expect(allowed(element)).to.deep.equal(ALL_ON);
      expect(isBannerShown(element)).to.equal(true);
    });

    it('keeps the defaults for categories the visitor did not touch in setConsent()', async () => {
      const element = await mountConsent({ mode: 'opt-out' });
      element.setConsent({ marketing: false });
      expect(allowed(element)).to.deep.equal({ analytics: true, marketing: false });
      expect(element.consent.decided).to.equal(true);
    });
  });

  describe('mode="opt-in" and no mode', () => {
    for (const attributes of [{ mode: 'opt-in' }, {}] as Record<string, string>[]) {
      const name = attributes['mode'] === undefined ? 'no mode attribute' : `mode="${attributes['mode']}"`;

      it(`allows nothing optional before a decision (${name})`, async () => {
        document.body.append(gatedInline('analytics', 'analytics'), gatedInline('marketing', 'marketing'));
        const element = await mountConsent({ ...attributes, country: 'US' });
        await settle();
        expect(allowed(element)).to.deep.equal(ALL_OFF);
        expect(window.modesProbe).to.deep.equal([]);
        expect(isBannerShown(element)).to.equal(true);

        element.acceptAll();
        await waitFor(() => window.modesProbe?.length === 2, 'the gated scripts after acceptAll()');
        expect(allowed(element)).to.deep.equal(ALL_ON);
      });
    }
  });

  describe('mode="auto"', () => {
    it('is opt-out for a visitor from the US', async () => {
      document.body.append(gatedInline('analytics', 'analytics'));
      const element = await mountConsent({ mode: 'auto', country: 'US' });
      expect(allowed(element)).to.deep.equal(ALL_ON);
      await waitFor(() => window.modesProbe?.length === 1, 'the gated script to run without a click');
      expect(isBannerShown(element)).to.equal(true);
    });

    for (const country of ['DE', 'GB', 'CH', 'NO']) {
      it(`is opt-in for a visitor from ${country}`, async () => {
        document.body.append(gatedInline('analytics', 'analytics'));
        const element = await mountConsent({ mode: 'auto', country });
        await settle();
        expect(allowed(element)).to.deep.equal(ALL_OFF);
        expect(window.modesProbe).to.deep.equal([]);
        expect(isBannerShown(element)).to.equal(true);
      });
    }

    it('is opt-in when the country is unknown (no country attribute, a browser language without region)', async () => {
      stubLanguages(['en']);
      expect(navigator.languages).to.deep.equal(['en']);
      document.body.append(gatedInline('analytics', 'analytics'));
      const element = await mountConsent({ mode: 'auto' });
      await settle();
      expect(element.consent.country).to.equal(null);
      expect(allowed(element)).to.deep.equal(ALL_OFF);
      expect(window.modesProbe).to.deep.equal([]);
    });

    it('takes the country from the region of the browser language when there is no country attribute', async () => {
      stubLanguages(['en-US', 'en']);
      const us = await mountConsent({ mode: 'auto' });
      expect(us.consent.country).to.equal('US');
      expect(allowed(us)).to.deep.equal(ALL_ON);
      us.remove();

      stubLanguages(['de-AT', 'en-US']);
      const at = await mountConsent({ mode: 'auto' });
      expect(at.consent.country).to.equal('AT');
      expect(allowed(at)).to.deep.equal(ALL_OFF);
    });

    it('follows a country attribute changed after start-up', async () => {
      const element = await mountConsent({ mode: 'auto', country: 'DE' });
      expect(allowed(element)).to.deep.equal(ALL_OFF);
      element.setAttribute('country', 'US');
      await element.updateComplete;
      expect(allowed(element)).to.deep.equal(ALL_ON);
    });
  });

  describe('Global Privacy Control', () => {
    it('turns marketing off before a decision in opt-out, leaving analytics on', async () => {
      stubGpc(true);
      document.body.append(gatedInline('analytics', 'analytics'), gatedInline('marketing', 'marketing'));
      const element = await mountConsent({ mode: 'opt-out' });
      expect(allowed(element)).to.deep.equal({ analytics: true, marketing: false });
      await waitFor(() => window.modesProbe?.length === 1, 'the analytics script');
      await settle();
      expect(window.modesProbe).to.deep.equal(['analytics']);
    });

    it('is ignored with gpc="ignore": marketing stays on in opt-out', async () => {
      stubGpc(true);
      const element = await mountConsent({ mode: 'opt-out', gpc: 'ignore' });
      expect(allowed(element)).to.deep.equal(ALL_ON);
    });

    it('is respected with gpc="respect" written out', async () => {
      stubGpc(true);
      const element = await mountConsent({ mode: 'opt-out', gpc: 'respect' });
      expect(allowed(element)).to.deep.equal({ analytics: true, marketing: false });
    });

    it('leaves marketing on in opt-out when the browser sends no signal', async () => {
      stubGpc(false);
      const element = await mountConsent({ mode: 'opt-out' });
      expect(allowed(element)).to.deep.equal(ALL_ON);
    });

    it('does not stop the visitor from allowing marketing', async () => {
      stubGpc(true);
      const element = await mountConsent({ mode: 'opt-out' });
      element.acceptAll();
      expect(allowed(element)).to.deep.equal(ALL_ON);
    });
  });

  describe('values not accepted', () => {
    it('warns once about a bad mode, naming it and the accepted values, and uses opt-in', async () => {
      const warnings = captureWarnings();
      let element: CookieConsent;
      try {
        element = await mountConsent({ mode: 'optout', country: 'US' });
        element.hasConsent('analytics');
        element.requestUpdate();
        await element.updateComplete;
      } finally {
        warnings.restore();
      }
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('mode').and.include('"optout"');
      expect(warnings.messages[0]).to.include('opt-in').and.include('opt-out').and.include('auto');
      expect(allowed(element)).to.deep.equal(ALL_OFF);
    });

    it('warns once about a bad gpc, naming it and the accepted values, and respects the signal', async () => {
      stubGpc(true);
      const warnings = captureWarnings();
      let element: CookieConsent;
      try {
        element = await mountConsent({ mode: 'opt-out', gpc: 'never' });
        element.hasConsent('marketing');
        element.requestUpdate();
        await element.updateComplete;
      } finally {
        warnings.restore();
      }
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('gpc').and.include('"never"');
      expect(warnings.messages[0]).to.include('respect').and.include('ignore');
      expect(allowed(element)).to.deep.equal({ analytics: true, marketing: false });
    });
  });
});
