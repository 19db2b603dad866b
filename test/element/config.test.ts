/**
 * The JSON config as a site owner writes it: a child
 * `<script type="application/json">` or the `config` property. Which
 * categories exist, services inside a category, gating by service, and the
 * clean-up of declared cookies when a category or service is withdrawn.
 */
import { expect } from '@esm-bundle/chai';
import type { CookieConsentConfig } from '../../src/core/config.js';
import {
  captureWarnings,
  cleanPage,
  consentCookieJson,
  isBannerShown,
  nextEvent,
  pick,
  rawCookie,
  waitFor, mountConfigured } from '../support/helpers.js';

declare global {
  interface Window {
    configProbe?: string[];
  }
}



/** An inline gated script that pushes `marker` into `window.configProbe` when it runs. */
function gatedInline(categories: string, marker: string, service?: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'text/plain';
  script.dataset['consent'] = categories;
  if (service !== undefined) script.setAttribute('data-consent-service', service);
  script.setAttribute('data-test-added', '');
  script.text = `window.configProbe.push(${JSON.stringify(marker)});`;
  return script;
}

/** Lets pending tasks (script execution, renders) run. */
const settle = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

const hasCookie = (name: string): boolean => rawCookie(name) !== undefined;

const STATS_ADS = JSON.stringify({
  categories: {
    stats: { label: 'Statistics', description: 'Counting visits.' },
    ads: { label: 'Advertising', cookies: ['_ads'] },
  },
});

const SERVICES: CookieConsentConfig = {
  categories: { analytics: { services: { ga4: {}, matomo: {} } } },
};

describe('<cookie-consent> JSON config', () => {
  let errors: string[];
  const onError = (event: ErrorEvent) => { errors.push(event.message); };

  beforeEach(() => {
    window.configProbe = [];
    errors = [];
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    cleanPage();
    delete window.configProbe;
  });

  describe('which categories exist', () => {
    it('takes the categories of a child JSON script, in its order, when there is no categories attribute', async () => {
      const element = await mountConfigured({ json: STATS_ADS });
      expect(Object.keys(element.consent.categories)).to.deep.equal(['necessary', 'stats', 'ads']);
      expect(element.hasConsent('stats')).to.equal(false);
      expect(element.hasConsent('analytics')).to.equal(false);
      expect(isBannerShown(element)).to.equal(true);

      element.acceptAll();
      expect(pick(consentCookieJson())).to.deep.equal({ a: 'stats.ads', d: '' });
      expect(element.hasConsent('ads')).to.equal(true);
      expect(errors).to.deep.equal([]);
    });

    it('lets the categories attribute win over the keys of the JSON config', async () => {
      const element = await mountConfigured({ json: STATS_ADS, attributes: { categories: 'analytics video' } });
      expect(Object.keys(element.consent.categories)).to.deep.equal(['necessary', 'analytics', 'video']);
      element.rejectAll();
      expect(pick(consentCookieJson())).to.deep.equal({ a: '', d: 'analytics.video' });
    });

    it('lets the config property, set before the element is connected, win over a child JSON script', async () => {
      const element = await mountConfigured({
        json: STATS_ADS,
        config: { categories: { video: {}, social: {} } },
      });
      expect(Object.keys(element.consent.categories)).to.deep.equal(['necessary', 'video', 'social']);
      element.acceptAll();
      expect(pick(consentCookieJson())).to.deep.equal({ a: 'video.social', d: '' });
    });

    it('re-evaluates when the config property is set after start-up: a new category appears, not yet decided', async () => {
      const element = await mountConfigured({ json: JSON.stringify({ categories: { stats: {} } }) });
      expect(Object.keys(element.consent.categories)).to.deep.equal(['necessary', 'stats']);
      element.acceptAll();
      await element.updateComplete;
      expect(isBannerShown(element), 'banner after the decision').to.equal(false);

      element.config = { categories: { stats: {}, ads: {} } };
      await element.updateComplete;
      expect(Object.keys(element.consent.categories)).to.deep.equal(['necessary', 'stats', 'ads']);
      // The visitor allowed stats, and was never asked about ads.
      expect(element.hasConsent('stats')).to.equal(true);
      expect(element.hasConsent('ads')).to.equal(false);
      expect(element.consent.decided).to.equal(false);
    });

    it('shows the banner again when the config property set after start-up adds a category', async () => {
      const element = await mountConfigured({ json: JSON.stringify({ categories: { stats: {} } }) });
      element.acceptAll();
      await element.updateComplete;
      expect(isBannerShown(element), 'banner after the decision').to.equal(false);

      element.config = { categories: { stats: {}, ads: {} } };
      await element.updateComplete;
      await settle();
      await element.updateComplete;
      expect(element.consent.decided).to.equal(false);
      expect(isBannerShown(element), 'banner for the new category').to.equal(true);
    });

    it('makes the config property set after start-up win over the child JSON script', async () => {
      const element = await mountConfigured({ json: STATS_ADS });
      element.config = { categories: { video: {} } };
      await element.updateComplete;
      expect(Object.keys(element.consent.categories)).to.deep.equal(['necessary', 'video']);
      element.acceptAll();
      expect(pick(consentCookieJson())).to.deep.equal({ a: 'video', d: '' });
    });

    it('falls back to the default categories on malformed JSON, without throwing', async () => {
      const element = await mountConfigured({ json: '{"categories": {"stats": {}, ' });
      await settle();
      expect(errors).to.deep.equal([]);
      expect(Object.keys(element.consent.categories)).to.deep.equal(['necessary', 'analytics', 'marketing']);
      expect(isBannerShown(element)).to.equal(true);
      element.acceptAll();
      expect(pick(consentCookieJson())).to.deep.equal({ a: 'analytics.marketing', d: '' });
    });
  });

  describe('services', () => {
    it('lists every service of a category, all off before a decision', async () => {
      const element = await mountConfigured({ config: SERVICES });
      expect(Object.keys(element.consent.categories)).to.deep.equal(['necessary', 'analytics']);
      expect(element.consent.services).to.deep.equal({ 'analytics/ga4': false, 'analytics/matomo': false });
      expect(element.hasConsent('analytics')).to.equal(false);
      expect(element.consent.decided).to.equal(false);
      expect(isBannerShown(element)).to.equal(true);
    });

    it('allows a category with services when any of its services is allowed, and stores each service', async () => {
      const element = await mountConfigured({ config: SERVICES });
      element.setConsent({ 'analytics/ga4': true });
      await element.updateComplete;
      expect(element.hasConsent('analytics')).to.equal(true);
      expect(element.hasConsent('analytics/ga4')).to.equal(true);
      expect(element.hasConsent('analytics/matomo')).to.equal(false);
      expect(element.consent.services['analytics/ga4']).to.equal(true);
      expect(element.consent.services['analytics/matomo']).to.equal(false);
      expect(pick(consentCookieJson())).to.deep.equal({ a: 'analytics/ga4', d: 'analytics/matomo' });
      // One decision answers every service: the visitor is not asked again.
      expect(element.consent.decided).to.equal(true);
      expect(isBannerShown(element)).to.equal(false);
    });

    it('switches every service with its category: setConsent({ analytics: false }), then acceptAll()', async () => {
      const element = await mountConfigured({ config: SERVICES });
      element.setConsent({ 'analytics/ga4': true, 'analytics/matomo': true });
      expect(element.consent.services).to.deep.equal({ 'analytics/ga4': true, 'analytics/matomo': true });

      element.setConsent({ analytics: false });
      expect(element.consent.services).to.deep.equal({ 'analytics/ga4': false, 'analytics/matomo': false });
      expect(element.hasConsent('analytics')).to.equal(false);
      expect(pick(consentCookieJson())).to.deep.equal({ a: '', d: 'analytics/ga4.analytics/matomo' });

      element.acceptAll();
      expect(element.consent.services).to.deep.equal({ 'analytics/ga4': true, 'analytics/matomo': true });
      expect(element.hasConsent('analytics')).to.equal(true);
      expect(pick(consentCookieJson())).to.deep.equal({ a: 'analytics/ga4.analytics/matomo', d: '' });
    });

    it('shows the banner again when a service is added that the stored choice does not answer', async () => {
      const first = await mountConfigured({ config: { categories: { analytics: { services: { ga4: {} } } } } });
      first.acceptAll();
      expect(pick(consentCookieJson())).to.deep.equal({ a: 'analytics/ga4', d: '' });
      first.remove();

      const element = await mountConfigured({ config: SERVICES });
      expect(element.consent.decided).to.equal(false);
      expect(isBannerShown(element)).to.equal(true);
      // What was answered still counts; the new service stays off until asked.
      expect(element.consent.services).to.deep.equal({ 'analytics/ga4': true, 'analytics/matomo': false });
      element.setConsent({ 'analytics/matomo': false });
      await element.updateComplete;
      expect(element.consent.decided).to.equal(true);
      expect(isBannerShown(element)).to.equal(false);
    });

    it('reports service ids in consent-change detail.changed', async () => {
      const element = await mountConfigured({ config: SERVICES });
      let change = nextEvent(element, 'consent-change');
      element.setConsent({ 'analytics/ga4': true });
      expect((await change).detail.changed).to.have.members(['analytics', 'analytics/ga4']);

      change = nextEvent(element, 'consent-change');
      element.setConsent({ 'analytics/matomo': true });
      expect((await change).detail.changed).to.have.members(['analytics/matomo']);

      change = nextEvent(element, 'consent-change');
      element.setConsent({ analytics: false });
      expect((await change).detail.changed).to.have.members(['analytics', 'analytics/ga4', 'analytics/matomo']);
    });
  });

  describe('gating by service', () => {
    it('runs a script gated on a service only once that service is allowed', async () => {
      document.body.append(gatedInline('analytics', 'ga4', 'ga4'));
      const element = await mountConfigured({ config: SERVICES });
      await settle();
      expect(window.configProbe).to.deep.equal([]);

      element.setConsent({ 'analytics/matomo': true });
      await settle();
      expect(element.hasConsent('analytics')).to.equal(true);
      expect(window.configProbe, 'ran with only matomo allowed').to.deep.equal([]);

      element.setConsent({ 'analytics/ga4': true });
      await waitFor(() => window.configProbe?.length === 1, 'the ga4 script');
      expect(window.configProbe).to.deep.equal(['ga4']);
    });

    it('keeps an element naming an unknown service blocked, with one warning naming it', async () => {
      document.body.append(gatedInline('analytics', 'nope', 'nope'));
      const warnings = captureWarnings();
      try {
        const element = await mountConfigured({ config: SERVICES });
        element.acceptAll();
        await settle();
        element.setConsent({ 'analytics/ga4': true });
        await settle();
      } finally {
        warnings.restore();
      }
      expect(window.configProbe).to.deep.equal([]);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('"nope"');
    });
  });

  describe('clean-up on withdrawal', () => {
    afterEach(() => {
      for (const name of ['_ga', '_gid_x', '_fbp', 'other', '_ga_X1', '_pk_id', '_cat']) {
        document.cookie = `${name}=; Max-Age=0; Path=/`;
      }
    });

    it('deletes the declared cookies of a withdrawn category, and of every category on reset()', async () => {
      const element = await mountConfigured({
        json: JSON.stringify({
          categories: {
            analytics: { cookies: ['_ga', '/^_gid/'] },
            marketing: { cookies: [{ name: '_fbp' }] },
          },
        }),
      });
      for (const name of ['_ga', '_gid_x', '_fbp', 'other']) document.cookie = `${name}=1; Path=/`;
      element.acceptAll();
      expect(['_ga', '_gid_x', '_fbp', 'other'].map(hasCookie)).to.deep.equal([true, true, true, true]);

      element.setConsent({ analytics: false });
      expect(hasCookie('_ga'), '_ga').to.equal(false);
      expect(hasCookie('_gid_x'), '_gid_x').to.equal(false);
      expect(hasCookie('_fbp'), '_fbp').to.equal(true);
      expect(hasCookie('other'), 'other').to.equal(true);

      element.reset();
      await element.updateComplete;
      expect(hasCookie('_fbp'), '_fbp').to.equal(false);
      expect(hasCookie('other'), 'other').to.equal(true);
      expect(hasCookie('cc_consent'), 'consent cookie').to.equal(false);
      expect(isBannerShown(element)).to.equal(true);
    });

    it('deletes only the cookies of the service withdrawn', async () => {
      const element = await mountConfigured({
        config: {
          categories: {
            analytics: {
              cookies: ['_cat'],
              services: { ga4: { cookies: ['/^_ga_/'] }, matomo: { cookies: ['_pk_id'] } },
            },
          },
        },
      });
      for (const name of ['_ga_X1', '_pk_id', '_cat']) document.cookie = `${name}=1; Path=/`;
      element.acceptAll();

      element.setConsent({ 'analytics/ga4': false });
      expect(hasCookie('_ga_X1'), '_ga_X1').to.equal(false);
      expect(hasCookie('_pk_id'), '_pk_id').to.equal(true);
      // The category is still allowed through matomo: its own cookies stay.
      expect(hasCookie('_cat'), '_cat').to.equal(true);

      element.setConsent({ analytics: false });
      expect(hasCookie('_pk_id'), '_pk_id').to.equal(false);
      expect(hasCookie('_cat'), '_cat').to.equal(false);
    });
  });
});
