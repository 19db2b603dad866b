import { expect } from '@esm-bundle/chai';
import { MAX_CATEGORIES, MAX_TOTAL_ID_LENGTH } from '../../src/core/categories.js';
import type { ConsentRecord } from '../../src/core/consent-record.js';
import {
  MAX_COOKIE_BYTES,
  consentCookieAttributes,
  decodeRecord,
  encodeRecord,
  readRecord,
  removeRecord,
  writeRecord,
} from '../../src/core/cookie-codec.js';
import { clearCookies, consentCookieJson, rawCookie } from '../support/helpers.js';
import { clearCookiesOnAllPaths, deepFrame, type DeepFrame } from '../support/deep-frame.js';
import type * as Codec from '../../src/core/cookie-codec.js';

/** What Chromium's CookieStore reports about a cookie (the DOM typings only declare name and value). */
interface CookieDetails {
  name?: string;
  value?: string;
  path?: string;
  domain?: string | null;
  expires?: number | null;
  sameSite?: string;
  secure?: boolean;
}

const NAME = 'cc_consent';
const DAY = 86_400_000;
const ID = '3b241101-e2bb-4255-8caf-4136c566a962';
/** Whole seconds, so encoding (which stores seconds) loses nothing. */
const NOW = Math.floor(Date.now() / 1000) * 1000;
const SECONDS = NOW / 1000;

function record(overrides: Partial<ConsentRecord> = {}): ConsentRecord {
  return {
    id: ID,
    revision: 3,
    categories: { analytics: true, marketing: false },
    country: 'CY',
    language: 'en',
    createdAt: NOW - 10 * DAY,
    updatedAt: NOW - DAY,
    expiresAt: NOW + 181 * DAY,
    ...overrides,
  };
}

/** A well-formed wire record, as an object, to break one field at a time. */
function wire(): Record<string, unknown> {
  return {
    v: 1,
    id: ID,
    r: 3,
    a: 'analytics',
    d: 'marketing',
    ct: SECONDS - 10 * 86_400,
    ut: SECONDS - 86_400,
    et: SECONDS + 181 * 86_400,
    co: 'CY',
    la: 'en',
  };
}

/** JSON text of a wire record with `changes` applied; `undefined` removes a field. */
function wireText(changes: Record<string, unknown> = {}): string {
  const value = wire();
  for (const [key, field] of Object.entries(changes)) {
    if (field === undefined) Reflect.deleteProperty(value, key);
    else value[key] = field;
  }
  return JSON.stringify(value);
}

/** Sets a cookie the way js-cookie would have encoded it. */
function setEncodedCookie(json: string, path: string): void {
  document.cookie = `${NAME}=${encodeURIComponent(json)}; Path=${path}`;
}



describe('cookie-codec', () => {
  let deep: DeepFrame<typeof Codec> | undefined;

  afterEach(() => {
    if (deep) {
      clearCookiesOnAllPaths(deep.document);
      deep.frame.remove();
      deep = undefined;
    }
    clearCookies();
  });

  describe('encodeRecord / decodeRecord', () => {
    it('round-trips every field, country and language included', () => {
      const original = record();
      expect(decodeRecord(encodeRecord(original))).to.deep.equal(original);
    });

    it('round-trips a record without country and language, and leaves them out of the value', () => {
      const original = record({ country: undefined, language: undefined });
      const text = encodeRecord(original);
      const parsed = JSON.parse(text) as Record<string, unknown>;
      expect(parsed).not.to.have.property('co');
      expect(parsed).not.to.have.property('la');
      const decoded = decodeRecord(text);
      expect(decoded).to.deep.equal(original);
      expect(decoded?.country).to.equal(undefined);
      expect(decoded?.language).to.equal(undefined);
    });

    it('writes the documented compact format: schema 1, short keys, 1/0 per category, seconds', () => {
      const parsed = JSON.parse(encodeRecord(record())) as Record<string, unknown>;
      expect(parsed).to.deep.equal(wire());
    });

    it('accepts the well-formed wire record the tests below break one field at a time', () => {
      expect(decodeRecord(wireText())).to.deep.equal(record());
    });

    describe('returns null, never throws, for', () => {
      const cases: [string, string | null | undefined][] = [
        ['the empty string', ''],
        ['null', null],
        ['undefined', undefined],
        ['text that is not JSON', 'analytics=yes'],
        ['truncated JSON', wireText().slice(0, 40)],
        ['a JSON array', `[${wireText()}]`],
        ['JSON null', 'null'],
        ['a JSON string', JSON.stringify(wireText())],
        ['a JSON number', '1'],
        ['another schema version', wireText({ v: 2 })],
        ['schema version as a string', wireText({ v: '1' })],
        ['no schema version', wireText({ v: undefined })],
        ['no id', wireText({ id: undefined })],
        ['an id that is not a UUID', wireText({ id: 'visitor-42' })],
        ['an upper-case UUID', wireText({ id: ID.toUpperCase() })],
        ['a UUID of version 1', wireText({ id: 'c232ab00-9414-11ec-b3c8-9f6bdeced846' })],
        ['a UUID v4 with the wrong variant', wireText({ id: '3b241101-e2bb-4255-caf0-4136c566a962' })],
        ['a numeric id', wireText({ id: 42 })],
        ['a negative revision', wireText({ r: -1 })],
        ['a fractional revision', wireText({ r: 1.5 })],
        ['a revision past 2^31-1', wireText({ r: 2_147_483_648 })],
        ['a huge revision', wireText({ r: 1e21 })],
        ['a revision as a string', wireText({ r: '3' })],
        ['no allowed list', wireText({ a: undefined })],
        ['no refused list', wireText({ d: undefined })],
        ['the allowed list as an array', wireText({ a: ['analytics'] })],
        ['the refused list as null', wireText({ d: null })],
        ['the old map form of categories', wireText({ a: undefined, d: undefined, c: { analytics: 1 } })],
        ['a category id with upper case', wireText({ a: 'Analytics' })],
        ['a category id starting with a digit', wireText({ a: '1st' })],
        ['a category id longer than 32 characters', wireText({ a: 'a'.repeat(33) })],
        ['an empty id between dots', wireText({ a: 'analytics..marketing', d: '' })],
        ['ids separated by spaces', wireText({ a: 'analytics marketing', d: '' })],
        ['an id both allowed and refused', wireText({ a: 'analytics', d: 'analytics' })],
        ['an id listed twice', wireText({ a: 'analytics.analytics', d: '' })],
        ['a "__proto__" id', wireText({ a: '__proto__' })],
        ['a created time before 2020', wireText({ ct: Date.UTC(2019, 11, 31) / 1000 })],
        ['an expiry after 2200', wireText({ et: Date.UTC(2200, 0, 2) / 1000 })],
        ['a time in milliseconds', wireText({ ut: NOW })],
        ['a fractional time', wireText({ ut: SECONDS + 0.5 })],
        ['a time as a string', wireText({ ct: String(SECONDS) })],
        ['created after updated', wireText({ ct: SECONDS, ut: SECONDS - 1 })],
        ['updated at the expiry', wireText({ ut: SECONDS, et: SECONDS })],
        ['updated after the expiry', wireText({ ut: SECONDS + 10, et: SECONDS })],
        ['a lower-case country', wireText({ co: 'cy' })],
        ['a three-letter country', wireText({ co: 'CYP' })],
        ['a numeric country', wireText({ co: 196 })],
        ['a one-letter language', wireText({ la: 'e' })],
        ['a language with an underscore', wireText({ la: 'en_US' })],
        ['a language subtag longer than 8', wireText({ la: 'en-abcdefghi' })],
        ['a numeric language', wireText({ la: 1 })],
        ['a language tag longer than 35 characters', wireText({ la: 'en-abcdefgh-abcdefgh-abcdefgh-abcdefgh' })],
        ['a value longer than 4096 characters', wireText() + ' '.repeat(4097)],
      ];
      for (const [what, raw] of cases) {
        it(what, () => {
          expect(decodeRecord(raw)).to.equal(null);
        });
      }
    });

    it('accepts a value of exactly 4096 characters (the limit is on length, not on padding)', () => {
      const text = wireText();
      expect(decodeRecord(text + ' '.repeat(4096 - text.length))).to.deep.equal(record());
    });

    it('ignores a top-level "__proto__" key in the JSON and pollutes nothing', () => {
      const text = wireText().replace('{', '{"__proto__":{"polluted":1,"a":"marketing"},');
      expect(text).to.contain('"__proto__"');
      expect(decodeRecord(text)).to.deep.equal(record());
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    });

    it('reads a "constructor" category only as an own answer, never as Object.prototype.constructor', () => {
      // "constructor" is a syntactically valid category id, so a site may use it;
      // what matters is that an unanswered one is not "found" on the prototype.
      const answered = decodeRecord(wireText({ a: '', d: 'constructor' }));
      expect(answered).not.to.equal(null);
      expect(Object.hasOwn(answered!.categories, 'constructor')).to.equal(true);
      expect(answered!.categories['constructor']).to.equal(false);

      const unanswered = decodeRecord(wireText({ a: 'analytics', d: '' }));
      expect(Object.hasOwn(unanswered!.categories, 'constructor')).to.equal(false);
      expect(Object.keys(unanswered!.categories)).to.deep.equal(['analytics']);
    });
  });

  describe('writeRecord / readRecord through document.cookie', () => {
    it('writes a record that reads back equal, under the configured name', () => {
      const original = record();
      expect(writeRecord({ name: NAME }, original)).to.equal(true);
      expect(rawCookie(NAME)).to.be.a('string');
      expect(readRecord({ name: NAME })).to.deep.equal(original);
      expect(consentCookieJson()).to.deep.equal(wire());
    });

    it('uses the configured cookie name and no other', () => {
      writeRecord({ name: 'site_consent' }, record());
      expect(rawCookie('site_consent')).to.be.a('string');
      expect(rawCookie(NAME)).to.equal(undefined);
      expect(readRecord({ name: NAME })).to.equal(null);
      expect(readRecord({ name: 'site_consent' })).to.deep.equal(record());
    });

    it('returns null when there is no consent cookie', () => {
      document.cookie = 'other=1; Path=/';
      expect(readRecord({ name: NAME })).to.equal(null);
    });

    it('writes the cookie on Path=/, SameSite=Lax, expiring with the record', async () => {
      const original = record();
      writeRecord({ name: NAME }, original);
      const cookie: CookieDetails | null = await cookieStore.get(NAME);
      expect(cookie).not.to.equal(null);
      expect(cookie!.path).to.equal('/');
      expect(cookie!.sameSite).to.equal('lax');
      expect(cookie!.expires).to.be.a('number');
      expect(Math.abs(cookie!.expires! - original.expiresAt)).to.be.below(60_000);
    });

    it('keeps the largest configuration it accepts under 512 bytes: 64-character name, 12 categories of 160 characters, long language', () => {
      // The limits parseCategoryList enforces: 12 ids, each up to 32 and together up to 160 characters.
      const ids = [...['a', 'b', 'c', 'd'].map((letter) => letter.repeat(32)), ...['e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'].map((letter) => letter.repeat(4))];
      expect(ids).to.have.length(MAX_CATEGORIES);
      expect(ids.join('').length).to.equal(MAX_TOTAL_ID_LENGTH);
      const categories = Object.fromEntries(ids.map((id, index) => [id, index % 2 === 0]));
      const longName = 'n'.repeat(64);
      const big = record({ categories, revision: 2_147_483_647, country: 'CY', language: 'zh-Hant-TW-abcdefgh-abcdefgh-abcdef' });
      expect(big.language!.length).to.equal(35);
      expect(writeRecord({ name: longName }, big)).to.equal(true);
      const raw = rawCookie(longName);
      expect(raw).to.be.a('string');
      expect(longName.length + 1 + raw!.length).to.be.below(MAX_COOKIE_BYTES);
      expect(readRecord({ name: longName })).to.deep.equal(big);
      document.cookie = `${longName}=; Max-Age=0; Path=/`;
    });

    it('refuses to write a record that would break the 512-byte promise, and writes nothing', () => {
      const categories: Record<string, boolean> = {};
      for (let index = 0; index < 40; index += 1) categories[`c${String(index)}`.padEnd(32, 'x')] = true;
      expect(writeRecord({ name: NAME }, record({ categories }))).to.equal(false);
      expect(rawCookie(NAME)).to.equal(undefined);
    });

    it('reads a cookie with broken percent-encoding as null, without throwing', () => {
      document.cookie = `${NAME}=%E0%A4%A`;
      expect(rawCookie(NAME)).to.equal('%E0%A4%A');
      expect(readRecord({ name: NAME })).to.equal(null);
    });

    it('reads a tampered cookie (valid JSON, bad field) as null', () => {
      setEncodedCookie(wireText({ a: 'Analytics!' }), '/');
      expect(readRecord({ name: NAME })).to.equal(null);
    });

    describe('with two cookies of the same name (Path=/ and a longer path)', () => {
      const older = record({ updatedAt: NOW - 5 * DAY, categories: { analytics: false, marketing: false } });
      const newer = record({ updatedAt: NOW - DAY, categories: { analytics: true, marketing: true } });

      /** Sets the consent cookie in the frame, encoded as js-cookie encodes it. */
      function setInFrame(frame: DeepFrame<typeof Codec>, value: string, path: string): void {
        frame.document.cookie = `${NAME}=${value}; Path=${path}`;
      }

      function valuesInFrame(frame: DeepFrame<typeof Codec>): string[] {
        return frame.document.cookie.split('; ').filter((pair) => pair.startsWith(`${NAME}=`));
      }

      it('returns the newer one when it is on Path=/ (listed second)', async () => {
        deep = await deepFrame<typeof Codec>('/src/core/cookie-codec.ts');
        setInFrame(deep, encodeURIComponent(encodeRecord(older)), deep.directory);
        setInFrame(deep, encodeURIComponent(encodeRecord(newer)), '/');
        expect(valuesInFrame(deep)).to.have.length(2);
        expect(deep.module.readRecord({ name: NAME })).to.deep.equal(newer);
      });

      it('returns the newer one when it is on the longer path (listed first)', async () => {
        deep = await deepFrame<typeof Codec>('/src/core/cookie-codec.ts');
        setInFrame(deep, encodeURIComponent(encodeRecord(newer)), deep.directory);
        setInFrame(deep, encodeURIComponent(encodeRecord(older)), '/');
        expect(valuesInFrame(deep)).to.have.length(2);
        expect(deep.module.readRecord({ name: NAME })).to.deep.equal(newer);
      });

      it('returns the readable one when the other has broken percent-encoding', async () => {
        deep = await deepFrame<typeof Codec>('/src/core/cookie-codec.ts');
        setInFrame(deep, '%E0%A4%A', deep.directory);
        setInFrame(deep, encodeURIComponent(encodeRecord(older)), '/');
        expect(valuesInFrame(deep)).to.have.length(2);
        expect(deep.module.readRecord({ name: NAME })).to.deep.equal(older);
      });
    });

    it('removeRecord deletes the consent cookie and leaves other cookies', () => {
      writeRecord({ name: NAME }, record());
      document.cookie = 'session=abc; Path=/';
      removeRecord({ name: NAME });
      expect(rawCookie(NAME)).to.equal(undefined);
      expect(readRecord({ name: NAME })).to.equal(null);
      expect(rawCookie('session')).to.equal('abc');
    });
  });

  describe('consentCookieAttributes', () => {
    const expires = new Date(NOW + 30 * DAY);

    it('gives Path=/, SameSite=Lax and the expiry', () => {
      const attributes = consentCookieAttributes({ name: NAME }, expires, false);
      expect(attributes.path).to.equal('/');
      expect(attributes.sameSite).to.equal('Lax');
      expect(attributes.expires).to.equal(expires);
    });

    it('is Secure only when asked for https', () => {
      expect(consentCookieAttributes({ name: NAME }, expires, true).secure).to.equal(true);
      expect(consentCookieAttributes({ name: NAME }, expires, false).secure).to.equal(false);
    });

    it('is Secure by default on this https test page', () => {
      expect(location.protocol).to.equal('https:');
      expect(consentCookieAttributes({ name: NAME }, expires).secure).to.equal(true);
    });

    it('gives the domain when one is configured, and none otherwise', () => {
      expect(consentCookieAttributes({ name: NAME, domain: '.example.com' }, expires, false).domain).to.equal('.example.com');
      expect(consentCookieAttributes({ name: NAME }, expires, false)).not.to.have.property('domain');
    });
  });
});
