import { expect } from '@esm-bundle/chai';
import {
  allCategories,
  changedCategories,
  decide,
  toState,
  validRecord,
  type ConsentPolicy,
  type ConsentRecord,
  type DecisionContext,
} from '../../src/core/consent-record.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 15, 12, 0, 0);
const ID = '3b241101-e2bb-4255-8caf-4136c566a962';
const OTHER_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const policy: ConsentPolicy = { categories: ['analytics', 'marketing'], revision: 3, expiresDays: 182 };
const noLocale = { country: null, language: null };

function record(overrides: Partial<ConsentRecord> = {}): ConsentRecord {
  return {
    id: ID,
    revision: 3,
    categories: { analytics: true, marketing: false },
    createdAt: NOW - 30 * DAY,
    updatedAt: NOW - 10 * DAY,
    expiresAt: NOW + 172 * DAY,
    ...overrides,
  };
}

function context(overrides: Partial<DecisionContext> = {}): DecisionContext & { readonly ids: string[] } {
  const ids: string[] = [];
  return {
    policy,
    now: NOW,
    country: 'CY',
    language: 'el',
    newId: () => {
      ids.push(OTHER_ID);
      return OTHER_ID;
    },
    ids,
    ...overrides,
  };
}

describe('consent-record', () => {
  describe('validRecord', () => {
    it('returns null when there is no record', () => {
      expect(validRecord(null, policy, NOW)).to.equal(null);
    });

    it('keeps a record of the current revision that has not expired', () => {
      const stored = record();
      expect(validRecord(stored, policy, NOW)).to.equal(stored);
    });

    it('rejects a record of another policy revision, older or newer', () => {
      expect(validRecord(record({ revision: 2 }), policy, NOW)).to.equal(null);
      expect(validRecord(record({ revision: 4 }), policy, NOW)).to.equal(null);
    });

    it('rejects a record at or past its own expiry', () => {
      expect(validRecord(record({ expiresAt: NOW }), policy, NOW)).to.equal(null);
      expect(validRecord(record({ expiresAt: NOW - 1 }), policy, NOW)).to.equal(null);
      expect(validRecord(record({ expiresAt: NOW + 1 }), policy, NOW)).not.to.equal(null);
    });

    it('rejects a record decided longer ago than the site\'s current expiresDays, whatever its own expiry says', () => {
      const stale = record({ createdAt: NOW - 200 * DAY, updatedAt: NOW - 182 * DAY, expiresAt: NOW + 1000 * DAY });
      expect(validRecord(stale, policy, NOW)).to.equal(null);
      const fresh = record({ createdAt: NOW - 200 * DAY, updatedAt: NOW - 182 * DAY + 1, expiresAt: NOW + 1000 * DAY });
      expect(validRecord(fresh, policy, NOW)).to.equal(fresh);
    });

    it('applies a shortened lifetime to records made under the longer one', () => {
      const stored = record({ updatedAt: NOW - 40 * DAY, expiresAt: NOW + 140 * DAY });
      expect(validRecord(stored, policy, NOW)).to.equal(stored);
      expect(validRecord(stored, { ...policy, expiresDays: 30 }, NOW)).to.equal(null);
    });

    it('rejects a record dated more than one day in the future, and tolerates up to a day of clock skew', () => {
      const future = record({ createdAt: NOW, updatedAt: NOW + DAY + 1 });
      expect(validRecord(future, policy, NOW)).to.equal(null);
      const skewed = record({ createdAt: NOW, updatedAt: NOW + DAY });
      expect(validRecord(skewed, policy, NOW)).to.equal(skewed);
    });
  });

  describe('toState', () => {
    it('is undecided with every optional category off and no timestamps when there is no record', () => {
      const state = toState(null, policy, { country: 'DE', language: 'de' });
      expect(state).to.deep.equal({
        id: null,
        decided: false,
        categories: { necessary: true, analytics: false, marketing: false },
        services: {},
        revision: 3,
        country: 'DE',
        language: 'de',
        createdAt: null,
        updatedAt: null,
        expiresAt: null,
      });
    });

    it('is decided when every current category is answered, with ISO timestamps', () => {
      const stored = record({ categories: { analytics: true, marketing: false }, country: 'CY', language: 'el' });
      const state = toState(stored, policy, { country: 'DE', language: 'de' });
      expect(state.decided).to.equal(true);
      expect(state.id).to.equal(ID);
      expect(state.categories).to.deep.equal({ necessary: true, analytics: true, marketing: false });
      expect(state.createdAt).to.equal(new Date(NOW - 30 * DAY).toISOString());
      expect(state.updatedAt).to.equal(new Date(NOW - 10 * DAY).toISOString());
      expect(state.expiresAt).to.equal(new Date(NOW + 172 * DAY).toISOString());
      expect(state.createdAt).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    });

    it('lists necessary first, then the categories in the policy\'s order', () => {
      const state = toState(record(), { ...policy, categories: ['marketing', 'analytics'] }, noLocale);
      expect(Object.keys(state.categories)).to.deep.equal(['necessary', 'marketing', 'analytics']);
    });

    it('is undecided when the site added a category the visitor was never asked about, which is off', () => {
      const state = toState(record(), { ...policy, categories: ['analytics', 'marketing', 'personalisation'] }, noLocale);
      expect(state.decided).to.equal(false);
      expect(state.categories['personalisation']).to.equal(false);
      expect(state.categories['analytics']).to.equal(true);
    });

    it('leaves out categories the record has but the site no longer offers', () => {
      const stored = record({ categories: { analytics: true, marketing: true, retired: true } });
      const state = toState(stored, policy, noLocale);
      expect(state.decided).to.equal(true);
      expect(state.categories).to.deep.equal({ necessary: true, analytics: true, marketing: true });
    });

    it('reports the resolved country and language it is given (resolution is locale.ts\'s job)', () => {
      const stored = record({ country: 'CY', language: 'el' });
      const state = toState(stored, policy, { country: 'DE', language: 'de' });
      expect(state.country).to.equal('DE');
      expect(state.language).to.equal('de');
    });

    it('falls back to the page\'s country and language when the record has none', () => {
      const state = toState(record(), policy, { country: 'DE', language: 'de' });
      expect(state.country).to.equal('DE');
      expect(state.language).to.equal('de');
    });

    it('does not read Object.prototype.constructor as a grant for a category named "constructor"', () => {
      const odd: ConsentPolicy = { ...policy, categories: ['constructor', 'analytics'] };
      const stored = record({ categories: { analytics: true } });
      const state = toState(stored, odd, noLocale);
      expect(state.categories['constructor']).to.equal(false);
      expect(state.decided).to.equal(false);
      const parsed = record({ categories: JSON.parse('{"analytics":true}') as Record<string, boolean> });
      expect(toState(parsed, odd, noLocale).categories['constructor']).to.equal(false);
      expect(toState(null, odd, noLocale).categories['constructor']).to.equal(false);
    });

    it('does not count an inherited answer as an answer', () => {
      const inherited = Object.create({ marketing: true }) as Record<string, boolean>;
      inherited['analytics'] = true;
      const state = toState(record({ categories: inherited }), policy, noLocale);
      expect(state.decided).to.equal(false);
      expect(state.categories['marketing']).to.equal(false);
    });
  });

  describe('decide', () => {
    it('makes a first record: a new id, created = updated = now, expiry renewed from now, every category answered', () => {
      const ctx = context();
      const made = decide(null, { analytics: true }, ctx);
      expect(ctx.ids).to.have.length(1);
      expect(made).to.deep.equal({
        id: OTHER_ID,
        revision: 3,
        categories: { analytics: true, marketing: false },
        country: 'CY',
        language: 'el',
        createdAt: NOW,
        updatedAt: NOW,
        expiresAt: NOW + 182 * DAY,
      });
    });

    it('keeps the id and creation time of the current record and renews its expiry', () => {
      const ctx = context();
      const made = decide(record(), { marketing: true }, ctx);
      expect(ctx.ids).to.have.length(0);
      expect(made.id).to.equal(ID);
      expect(made.createdAt).to.equal(NOW - 30 * DAY);
      expect(made.updatedAt).to.equal(NOW);
      expect(made.expiresAt).to.equal(NOW + 182 * DAY);
    });

    it('keeps the recorded value of categories left out of the choice', () => {
      const made = decide(record({ categories: { analytics: true, marketing: false } }), { marketing: true }, context());
      expect(made.categories).to.deep.equal({ analytics: true, marketing: true });
    });

    it('ignores categories the site does not offer, and necessary', () => {
      const made = decide(null, { analytics: true, unknown: true, necessary: false }, context());
      expect(made.categories).to.deep.equal({ analytics: true, marketing: false });
    });

    it('ignores values that are not booleans', () => {
      const choices = { analytics: 'yes', marketing: 1 } as unknown as Record<string, boolean>;
      const made = decide(record({ categories: { analytics: false, marketing: true } }), choices, context());
      expect(made.categories).to.deep.equal({ analytics: false, marketing: true });
    });

    it('ignores inherited choices', () => {
      const choices = Object.create({ analytics: true }) as Record<string, boolean>;
      const made = decide(record({ categories: { analytics: false, marketing: false } }), choices, context());
      expect(made.categories['analytics']).to.equal(false);
    });

    it('answers a category named "constructor" with false, not with Object.prototype.constructor', () => {
      const odd: ConsentPolicy = { ...policy, categories: ['constructor'] };
      const made = decide(null, {}, context({ policy: odd }));
      expect(made.categories).to.deep.equal({ constructor: false });
      const again = decide(record({ categories: {} }), {}, context({ policy: odd }));
      expect(again.categories['constructor']).to.equal(false);
    });

    it('records the policy revision in force and the context\'s country and language', () => {
      const made = decide(record({ revision: 2, country: 'DE', language: 'de' }), {}, context({ country: 'FR', language: 'fr' }));
      expect(made.revision).to.equal(3);
      expect(made.country).to.equal('FR');
      expect(made.language).to.equal('fr');
    });

    it('stores no country or language when they are unknown', () => {
      const made = decide(null, {}, context({ country: null, language: null }));
      expect(made.country).to.equal(undefined);
      expect(made.language).to.equal(undefined);
    });

    it('yields a record that toState sees as decided', () => {
      const made = decide(null, {}, context());
      expect(toState(validRecord(made, policy, NOW), policy, noLocale).decided).to.equal(true);
    });
  });

  describe('changedCategories', () => {
    it('lists the ids whose value differs', () => {
      expect(changedCategories(
        { necessary: true, analytics: true, marketing: false },
        { necessary: true, analytics: false, marketing: true },
      )).to.deep.equal(['analytics', 'marketing']);
    });

    it('is empty when nothing differs', () => {
      expect(changedCategories({ necessary: true, analytics: true }, { necessary: true, analytics: true })).to.deep.equal([]);
    });

    it('treats a missing id as off', () => {
      expect(changedCategories({ analytics: true }, {})).to.deep.equal(['analytics']);
      expect(changedCategories({}, { analytics: false })).to.deep.equal([]);
      expect(changedCategories({}, { marketing: true })).to.deep.equal(['marketing']);
    });
  });

  describe('allCategories', () => {
    it('sets every optional category, and only those, to the value', () => {
      expect(allCategories(policy, true)).to.deep.equal({ analytics: true, marketing: true });
      expect(allCategories(policy, false)).to.deep.equal({ analytics: false, marketing: false });
    });
  });
});
