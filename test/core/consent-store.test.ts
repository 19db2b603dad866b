import { expect } from '@esm-bundle/chai';
import type { ConsentState } from '../../src/core/consent-record.js';
import { ConsentStore, type ChangeCause, type ConsentStoreOptions } from '../../src/core/consent-store.js';
import { UUID_V4 } from '../../src/core/random-id.js';
import { clearCookies, consentCookieJson, pick, rawCookie } from '../support/helpers.js';

const DAY = 86_400_000;
/** A fixed clock near the real one (whole seconds), so the browser keeps the cookies written. */
const NOW = Math.floor(Date.now() / 1000) * 1000;

interface Notice {
  state: ConsentState;
  changed: readonly string[];
  cause: ChangeCause;
}

function store(options: ConsentStoreOptions = {}): ConsentStore {
  return new ConsentStore({ now: () => NOW, ...options });
}

function listen(target: ConsentStore): Notice[] {
  const notices: Notice[] = [];
  target.subscribe((state, changed, cause) => { notices.push({ state, changed: [...changed], cause }); });
  return notices;
}

function setCookie(name: string, value = '1'): void {
  document.cookie = `${name}=${value}; Path=/`;
}

function cookieNames(): string[] {
  return document.cookie.split('; ').filter(Boolean).map((pair) => pair.split('=')[0]!).sort();
}

describe('consent-store', () => {
  afterEach(() => {
    clearCookies();
  });

  describe('load()', () => {
    it('with no cookie: undecided, necessary on, every optional category off, no id', () => {
      const state = store().load();
      expect(state.decided).to.equal(false);
      expect(state.id).to.equal(null);
      expect(state.categories).to.deep.equal({ necessary: true, analytics: false, marketing: false });
      expect(state.revision).to.equal(1);
      expect(state.createdAt).to.equal(null);
    });

    it('uses the configured categories', () => {
      const state = store({ categories: ['stats', 'ads', 'video'] }).load();
      expect(state.categories).to.deep.equal({ necessary: true, stats: false, ads: false, video: false });
    });

    it('does not notify when nothing is stored', () => {
      const target = store();
      const notices = listen(target);
      target.load();
      expect(notices).to.deep.equal([]);
    });

    it('treats an unreadable consent cookie as no choice', () => {
      setCookie('cc_consent', encodeURIComponent('{"v":1,"id":"x"}'));
      const state = store().load();
      expect(state.decided).to.equal(false);
      expect(state.categories['analytics']).to.equal(false);
    });
  });

  describe('decisions', () => {
    it('acceptAll allows every optional category, writes the cookie and notifies with the changed ids', () => {
      const target = store();
      target.load();
      const notices = listen(target);
      const state = target.acceptAll();
      expect(state.decided).to.equal(true);
      expect(state.categories).to.deep.equal({ necessary: true, analytics: true, marketing: true });
      expect(state.id).to.match(UUID_V4);
      expect(state.updatedAt).to.equal(new Date(NOW).toISOString());
      expect(state.expiresAt).to.equal(new Date(NOW + 182 * DAY).toISOString());
      expect(target.has('analytics')).to.equal(true);
      expect(notices).to.have.length(1);
      expect(notices[0]!.changed).to.deep.equal(['analytics', 'marketing']);
      expect(notices[0]!.cause).to.equal('decision');
      expect(notices[0]!.state).to.deep.equal(state);
      const json = consentCookieJson();
      expect(pick(json)).to.deep.equal({ a: 'analytics.marketing', d: '' });
      expect(json?.['v']).to.equal(1);
      expect(json?.['r']).to.equal(1);
      expect(json?.['id']).to.equal(state.id);
    });

    it('rejectAll refuses every optional category and records the refusal', () => {
      const target = store();
      target.load();
      const notices = listen(target);
      const state = target.rejectAll();
      expect(state.decided).to.equal(true);
      expect(state.categories).to.deep.equal({ necessary: true, analytics: false, marketing: false });
      expect(pick(consentCookieJson())).to.deep.equal({ a: '', d: 'analytics.marketing' });
      expect(notices).to.have.length(1);
      expect(notices[0]!.changed).to.deep.equal([]);
      expect(notices[0]!.cause).to.equal('decision');
    });

    it('rejectAll after acceptAll reports both categories as changed', () => {
      const target = store();
      target.load();
      target.acceptAll();
      const notices = listen(target);
      target.rejectAll();
      expect(notices.map((notice) => notice.changed)).to.deep.equal([['analytics', 'marketing']]);
      expect(target.has('analytics')).to.equal(false);
    });

    it('set() decides per category; omitted ones keep their value; unknown ids and necessary are ignored', () => {
      const target = store();
      target.load();
      const notices = listen(target);
      target.set({ analytics: true });
      expect(target.state.categories).to.deep.equal({ necessary: true, analytics: true, marketing: false });
      expect(target.state.decided).to.equal(true);
      target.set({ marketing: true, unknown: true, necessary: false });
      expect(target.state.categories).to.deep.equal({ necessary: true, analytics: true, marketing: true });
      expect(target.has('necessary')).to.equal(true);
      expect(target.has('unknown')).to.equal(false);
      expect(notices.map((notice) => notice.changed)).to.deep.equal([['analytics'], ['marketing']]);
      expect(pick(consentCookieJson())).to.deep.equal({ a: 'analytics.marketing', d: '' });
    });

    it('notifies a decision that changes nothing, with no changed ids', () => {
      const target = store();
      target.load();
      target.set({ analytics: true });
      const notices = listen(target);
      target.set({ analytics: true });
      expect(notices).to.have.length(1);
      expect(notices[0]!.changed).to.deep.equal([]);
      expect(notices[0]!.cause).to.equal('decision');
    });

    it('keeps the same id and creation time over several decisions', () => {
      let clock = NOW - 2 * DAY;
      const target = new ConsentStore({ now: () => clock });
      target.load();
      const first = target.acceptAll();
      clock = NOW;
      const second = target.rejectAll();
      expect(second.id).to.equal(first.id);
      expect(second.createdAt).to.equal(first.createdAt);
      expect(second.updatedAt).to.equal(new Date(NOW).toISOString());
    });

    it('has() is false for ids that are not categories, including Object.prototype names', () => {
      const target = store();
      target.load();
      target.acceptAll();
      expect(target.has('toString')).to.equal(false);
      expect(target.has('constructor')).to.equal(false);
      expect(target.has('__proto__')).to.equal(false);
    });

    it('stops notifying after unsubscribe', () => {
      const target = store();
      target.load();
      const calls: string[][] = [];
      const unsubscribe = target.subscribe((_state, changed) => { calls.push([...changed]); });
      target.acceptAll();
      unsubscribe();
      target.rejectAll();
      expect(calls).to.deep.equal([['analytics', 'marketing']]);
    });

    it('writes under the configured cookie name', () => {
      const target = store({ cookieName: 'site_consent' });
      target.load();
      target.acceptAll();
      expect(rawCookie('site_consent')).to.be.a('string');
      expect(rawCookie('cc_consent')).to.equal(undefined);
      expect(store({ cookieName: 'site_consent' }).load().decided).to.equal(true);
      expect(store().load().decided).to.equal(false);
    });
  });

  describe('a later page view (a fresh store)', () => {
    it('sees the same state', () => {
      const first = store();
      first.load();
      const decided = first.set({ analytics: true, marketing: false });
      const later = store();
      const notices = listen(later);
      const state = later.load();
      expect(state).to.deep.equal(decided);
      expect(later.has('analytics')).to.equal(true);
      expect(later.has('marketing')).to.equal(false);
      expect(notices).to.have.length(1);
      expect(notices[0]!.changed).to.deep.equal(['analytics']);
      expect(notices[0]!.cause).to.equal('reload');
    });

    it('is undecided again when the policy revision changed', () => {
      store({ revision: 3 }).acceptAll();
      expect(store({ revision: 3 }).load().decided).to.equal(true);
      const state = store({ revision: 4 }).load();
      expect(state.decided).to.equal(false);
      expect(state.id).to.equal(null);
      expect(state.revision).to.equal(4);
      expect(state.categories).to.deep.equal({ necessary: true, analytics: false, marketing: false });
    });

    it('is undecided again once the record is past its own expiry, though the cookie is still there', () => {
      new ConsentStore({ expiresDays: 30, now: () => NOW - 10 * DAY }).acceptAll();
      expect(rawCookie('cc_consent')).to.be.a('string');
      expect(new ConsentStore({ expiresDays: 395, now: () => NOW + 19 * DAY }).load().decided).to.equal(true);
      const state = new ConsentStore({ expiresDays: 395, now: () => NOW + 21 * DAY }).load();
      expect(state.decided).to.equal(false);
      expect(state.categories['analytics']).to.equal(false);
    });

    it('is undecided again when the site shortened expiresDays below the record\'s age', () => {
      new ConsentStore({ expiresDays: 395, now: () => NOW - 200 * DAY }).acceptAll();
      expect(new ConsentStore({ expiresDays: 395, now: () => NOW }).load().decided).to.equal(true);
      expect(new ConsentStore({ expiresDays: 182, now: () => NOW }).load().decided).to.equal(false);
    });

    it('is told through subscribers when a reload withdraws what was allowed', () => {
      const target = store();
      target.load();
      target.acceptAll();
      const notices = listen(target);
      store({ revision: 2 }).acceptAll(); // another tab, under a new revision
      target.configure({ now: () => NOW, revision: 3 });
      target.load();
      expect(notices).to.have.length(1);
      expect(notices[0]!.changed).to.deep.equal(['analytics', 'marketing']);
      expect(notices[0]!.cause).to.equal('reload');
      expect(notices[0]!.state.decided).to.equal(false);
    });
  });

  describe('reset()', () => {
    const cookies = { analytics: ['_ga', /^_gid/], marketing: ['_fbp'], necessary: ['session'] };

    it('removes the consent cookie and the declared cookies of optional categories, and nothing else', () => {
      const target = store({ cookies });
      target.load();
      target.acceptAll();
      for (const name of ['_ga', '_gid', '_gid_abc', '_fbp', 'session', 'theme', '_ga_other']) setCookie(name);
      const notices = listen(target);
      const state = target.reset();
      expect(state.decided).to.equal(false);
      expect(state.id).to.equal(null);
      expect(state.categories).to.deep.equal({ necessary: true, analytics: false, marketing: false });
      expect(rawCookie('cc_consent')).to.equal(undefined);
      // Declared for an optional category: gone. Declared for necessary, or not declared: kept.
      expect(cookieNames()).to.deep.equal(['_ga_other', 'session', 'theme']);
      expect(notices).to.have.length(1);
      expect(notices[0]!.cause).to.equal('reset');
      expect(notices[0]!.changed).to.deep.equal(['analytics', 'marketing']);
      expect(store({ cookies }).load().decided).to.equal(false);
    });

    it('deletes declared cookies even when nothing had been decided', () => {
      const target = store({ cookies: { analytics: ['_ga', /^_gid/] } });
      target.load();
      setCookie('_ga');
      setCookie('_gidx');
      setCookie('keep');
      target.reset();
      expect(cookieNames()).to.deep.equal(['keep']);
    });
  });

  describe('withdrawing a category', () => {
    const cookies = { analytics: ['_ga', /^_gid/], marketing: ['_fbp'] };

    it('deletes the cookies declared for it (true → false), and leaves those of other categories and undeclared ones', () => {
      const target = store({ cookies });
      target.load();
      target.acceptAll();
      for (const name of ['_ga', '_gid_1', '_fbp', 'theme']) setCookie(name);
      target.set({ analytics: false });
      expect(target.has('analytics')).to.equal(false);
      expect(cookieNames()).to.deep.equal(['_fbp', 'cc_consent', 'theme']);
    });

    it('deletes nothing when a category is newly allowed or stays refused', () => {
      const target = store({ cookies });
      target.load();
      target.rejectAll();
      for (const name of ['_ga', '_fbp']) setCookie(name);
      target.set({ analytics: false, marketing: true });
      expect(cookieNames()).to.deep.equal(['_fbp', '_ga', 'cc_consent']);
    });
  });

  describe('country and language', () => {
    const locale = { countryAttribute: 'CY', langAttribute: 'el', browserLanguages: ['en-US'] };

    it('stores the country and language from the locale option', () => {
      const target = store({ locale });
      const before = target.load();
      expect(before.country).to.equal('CY');
      expect(before.language).to.equal('el');
      target.acceptAll();
      const json = consentCookieJson();
      expect(json?.['co']).to.equal('CY');
      expect(json?.['la']).to.equal('el');
    });

    it('restores the visitor\'s own pick over the attributes on the next load', () => {
      store({ locale }).set({ analytics: true }, { country: 'MT', language: 'mt' });
      expect(consentCookieJson()?.['u']).to.equal('cl');
      const other = { countryAttribute: 'DE', langAttribute: 'de', browserLanguages: ['fr-FR'] };
      expect(store({ locale: other }).state.country).to.equal('DE');
      const state = store({ locale: other }).load();
      expect(state.country).to.equal('MT');
      expect(state.language).to.equal('mt');
    });

    it('lets a newer geolocated country attribute win over a country the visitor did not pick', () => {
      store({ locale }).acceptAll();
      expect(consentCookieJson()?.['u']).to.equal(undefined);
      const state = store({ locale: { countryAttribute: 'DE', langAttribute: 'de' } }).load();
      expect(state.country).to.equal('DE');
      expect(state.language).to.equal('de');
    });

    it('keeps the visitor\'s pick through a later decision', () => {
      store({ locale }).set({}, { country: 'MT', language: 'mt' });
      const target = store({ locale: { countryAttribute: 'DE', langAttribute: 'de' } });
      target.load();
      target.rejectAll();
      expect(consentCookieJson()?.['co']).to.equal('MT');
      expect(consentCookieJson()?.['la']).to.equal('mt');
      expect(consentCookieJson()?.['u']).to.equal('cl');
    });

    it('derives the country from the browser language when no attribute gives one', () => {
      const target = store({ locale: { browserLanguages: ['de-AT', 'de'] } });
      target.load();
      target.acceptAll();
      expect(consentCookieJson()?.['co']).to.equal('AT');
      expect(consentCookieJson()?.['la']).to.equal('de-AT');
    });
  });
});
