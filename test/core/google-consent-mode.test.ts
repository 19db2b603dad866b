import { expect } from '@esm-bundle/chai';
import { DEFAULT_SIGNALS, consentSignals, pushConsentDefault, pushConsentUpdate } from '../../src/core/google-consent-mode.js';

type Page = typeof globalThis & { dataLayer?: unknown };
const page = globalThis as Page;

/** The page's dataLayer as an array, failing when it is not one. */
function layer(): unknown[] {
  expect(Array.isArray(page.dataLayer), 'dataLayer is an array').to.equal(true);
  return page.dataLayer as unknown[];
}

/** Checks that an entry is an `arguments` object and returns its items as an array. */
function argumentsOf(entry: unknown): unknown[] {
  expect(Object.prototype.toString.call(entry)).to.equal('[object Arguments]');
  return Array.from(entry as ArrayLike<unknown>);
}

const allow = (...ids: string[]) => (category: string): boolean => ids.includes(category);

describe('google-consent-mode', () => {
  beforeEach(() => { delete page.dataLayer; });
  afterEach(() => { delete page.dataLayer; });

  describe('consentSignals', () => {
    const map = {
      analytics: ['analytics_storage'],
      marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
      personalisation: ['ad_personalization', 'personalization_storage'],
    };

    const table: [string, (category: string) => boolean, Record<string, 'granted' | 'denied'>][] = [
      ['nothing allowed', allow(), {
        analytics_storage: 'denied', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', personalization_storage: 'denied',
      }],
      ['analytics allowed', allow('analytics'), {
        analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', personalization_storage: 'denied',
      }],
      ['marketing allowed (shared signal granted though personalisation is not)', allow('marketing'), {
        analytics_storage: 'denied', ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', personalization_storage: 'denied',
      }],
      ['personalisation allowed (shared signal granted though marketing is not)', allow('personalisation'), {
        analytics_storage: 'denied', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'granted', personalization_storage: 'granted',
      }],
      ['everything allowed', allow('analytics', 'marketing', 'personalisation'), {
        analytics_storage: 'granted', ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', personalization_storage: 'granted',
      }],
    ];
    for (const [what, allowed, expected] of table) {
      it(`maps categories to signals: ${what}`, () => {
        expect(consentSignals(map, allowed)).to.deep.equal(expected);
      });
    }

    it('grants a shared signal whichever order the categories come in', () => {
      const reversed = { personalisation: map.personalisation, marketing: map.marketing };
      expect(consentSignals(reversed, allow('personalisation'))['ad_personalization']).to.equal('granted');
      expect(consentSignals(reversed, allow('marketing'))['ad_personalization']).to.equal('granted');
    });

    it('maps the default signals', () => {
      expect(consentSignals(DEFAULT_SIGNALS, allow('analytics'))).to.deep.equal({
        analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied',
      });
    });

    it('gives no signals for an empty map, or a category with none', () => {
      expect(consentSignals({}, allow('analytics'))).to.deep.equal({});
      expect(consentSignals({ analytics: [] }, allow('analytics'))).to.deep.equal({});
    });
  });

  describe('pushConsentDefault', () => {
    it('creates dataLayer and pushes one arguments object: consent, default, all denied, wait_for_update 500', () => {
      expect(page.dataLayer).to.equal(undefined);
      pushConsentDefault(DEFAULT_SIGNALS);
      const entries = layer();
      expect(entries).to.have.length(1);
      expect(argumentsOf(entries[0])).to.deep.equal([
        'consent',
        'default',
        { analytics_storage: 'denied', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', wait_for_update: 500 },
      ]);
    });

    it('uses the given map', () => {
      pushConsentDefault({ stats: ['analytics_storage'] });
      expect(argumentsOf(layer()[0])).to.deep.equal(['consent', 'default', { analytics_storage: 'denied', wait_for_update: 500 }]);
    });

    it('appends to an existing dataLayer, keeping its entries and identity', () => {
      const existing: unknown[] = [{ event: 'gtm.js' }, 'x'];
      page.dataLayer = existing;
      pushConsentDefault(DEFAULT_SIGNALS);
      expect(page.dataLayer === existing, 'same array').to.equal(true);
      expect(existing).to.have.length(3);
      expect(existing.slice(0, 2)).to.deep.equal([{ event: 'gtm.js' }, 'x']);
      expect(argumentsOf(existing[2])[1]).to.equal('default');
    });

    it('goes through a replaced dataLayer.push, as gtag.js installs one', () => {
      const seen: unknown[] = [];
      const existing: unknown[] = [];
      existing.push = (...items: unknown[]): number => { seen.push(...items); return seen.length; };
      page.dataLayer = existing;
      pushConsentDefault(DEFAULT_SIGNALS);
      expect(seen).to.have.length(1);
      expect(argumentsOf(seen[0])[0]).to.equal('consent');
    });

    for (const [what, value] of [['a string', 'not a layer'], ['an object', { push: 1 }], ['a number', 7], ['null', null]] as const) {
      it(`replaces a non-array dataLayer (${what}) with an array instead of throwing`, () => {
        page.dataLayer = value;
        expect(() => { pushConsentDefault(DEFAULT_SIGNALS); }).not.to.throw();
        const entries = layer();
        expect(entries).to.have.length(1);
        expect(argumentsOf(entries[0]).slice(0, 2)).to.deep.equal(['consent', 'default']);
      });
    }
  });

  describe('pushConsentUpdate', () => {
    it('pushes one arguments object: consent, update, the current signals (no wait_for_update)', () => {
      pushConsentUpdate(DEFAULT_SIGNALS, allow('marketing'));
      const entries = layer();
      expect(entries).to.have.length(1);
      expect(argumentsOf(entries[0])).to.deep.equal([
        'consent',
        'update',
        { analytics_storage: 'denied', ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' },
      ]);
    });

    it('follows a default, in order, in the same dataLayer', () => {
      pushConsentDefault(DEFAULT_SIGNALS);
      pushConsentUpdate(DEFAULT_SIGNALS, allow('analytics', 'marketing'));
      pushConsentUpdate(DEFAULT_SIGNALS, allow());
      const entries = layer().map(argumentsOf);
      expect(entries.map((entry) => entry[1])).to.deep.equal(['default', 'update', 'update']);
      expect((entries[1]![2] as Record<string, string>)['analytics_storage']).to.equal('granted');
      expect((entries[2]![2] as Record<string, string>)['analytics_storage']).to.equal('denied');
    });

    it('replaces a string dataLayer with an array instead of throwing', () => {
      page.dataLayer = 'oops';
      expect(() => { pushConsentUpdate(DEFAULT_SIGNALS, allow()); }).not.to.throw();
      expect(layer()).to.have.length(1);
    });
  });
});
