import { expect } from '@esm-bundle/chai';
import { DEFAULT_CATEGORIES, MAX_CATEGORIES, parseCategoryList } from '../../src/core/categories.js';
import {
  DEFAULT_COOKIE_NAME,
  DEFAULT_EXPIRES_DAYS,
  DEFAULT_REVISION,
  parseCookieDomain,
  parseCookieName,
  parseCountry,
  parseExpiresDays,
  parseLanguage,
  parsePolicyUrl,
  oneOf,
  parseRevision,
  readSetting,
  safeUrl,
} from '../../src/core/settings.js';
import { createWarner } from '../../src/core/warnings.js';

/** A warn spy: collects every message. */
function spy(): { warn: (message: string) => void; messages: string[] } {
  const messages: string[] = [];
  return { warn: (message) => { messages.push(message); }, messages };
}

/** Asserts one warning naming the attribute, the (quoted) value and what is accepted. */
function expectOneWarning(messages: readonly string[], attribute: string, value: string, accepted: readonly string[]): void {
  expect(messages, 'warnings').to.have.length(1);
  const [message] = messages as [string];
  expect(message).to.contain(attribute);
  expect(message).to.contain(JSON.stringify(value));
  for (const part of accepted) expect(message).to.contain(part);
}

describe('settings', () => {
  describe('revision', () => {
    it('accepts whole numbers, trimmed, 0 included, without warning', () => {
      const { warn, messages } = spy();
      expect(parseRevision('3', warn)).to.equal(3);
      expect(parseRevision(' 12 ', warn)).to.equal(12);
      expect(parseRevision('0', warn)).to.equal(0);
      expect(parseRevision('2147483647', warn)).to.equal(2_147_483_647);
      expect(messages).to.deep.equal([]);
    });

    it('gives the default 1, without warning, when absent', () => {
      const { warn, messages } = spy();
      expect(parseRevision(null, warn)).to.equal(DEFAULT_REVISION);
      expect(DEFAULT_REVISION).to.equal(1);
      expect(messages).to.deep.equal([]);
    });

    for (const bad of ['abc', '-1', '1.5', '2147483648', '1e3', '', '0x10', '３']) {
      it(`warns once and gives 1 for ${JSON.stringify(bad)}`, () => {
        const { warn, messages } = spy();
        expect(parseRevision(bad, warn)).to.equal(1);
        expectOneWarning(messages, 'revision', bad, ['a whole number from 0 to 2147483647']);
      });
    }
  });

  describe('expires-days', () => {
    it('accepts 1 to 395 without warning', () => {
      const { warn, messages } = spy();
      expect(parseExpiresDays('1', warn)).to.equal(1);
      expect(parseExpiresDays('30', warn)).to.equal(30);
      expect(parseExpiresDays('395', warn)).to.equal(395);
      expect(parseExpiresDays(null, warn)).to.equal(DEFAULT_EXPIRES_DAYS);
      expect(DEFAULT_EXPIRES_DAYS).to.equal(182);
      expect(messages).to.deep.equal([]);
    });

    for (const bad of ['0', '396', '-5', '30.5', 'forever', '']) {
      it(`warns once and gives 182 for ${JSON.stringify(bad)}`, () => {
        const { warn, messages } = spy();
        expect(parseExpiresDays(bad, warn)).to.equal(182);
        expectOneWarning(messages, 'expires-days', bad, ['a whole number from 1 to 395']);
      });
    }
  });

  describe('cookie-name', () => {
    it('accepts RFC 6265 tokens up to 64 characters', () => {
      const { warn, messages } = spy();
      expect(parseCookieName('my_consent', warn)).to.equal('my_consent');
      expect(parseCookieName('Consent.v2-site', warn)).to.equal('Consent.v2-site');
      expect(parseCookieName('a'.repeat(64), warn)).to.equal('a'.repeat(64));
      expect(parseCookieName(null, warn)).to.equal(DEFAULT_COOKIE_NAME);
      expect(DEFAULT_COOKIE_NAME).to.equal('cc_consent');
      expect(messages).to.deep.equal([]);
    });

    for (const bad of ['two words', 'a;b', 'a=b', 'a,b', '', 'ä', '"quoted"', 'a b'.repeat(40)]) {
      it(`warns once and gives cc_consent for ${JSON.stringify(bad.length > 20 ? `${bad.slice(0, 10)}… (${String(bad.length)})` : bad)}`, () => {
        const { warn, messages } = spy();
        expect(parseCookieName(bad, warn)).to.equal('cc_consent');
        expect(messages).to.have.length(1);
        expect(messages[0]).to.contain('cookie-name');
        expect(messages[0]).to.contain(JSON.stringify(bad.length > 80 ? `${bad.slice(0, 77)}...` : bad));
        expect(messages[0]).to.contain('letters, digits or');
        expect(messages[0]).to.contain('"cc_consent"');
      });
    }

    it('refuses a name longer than 64 characters', () => {
      const { warn, messages } = spy();
      expect(parseCookieName('a'.repeat(65), warn)).to.equal('cc_consent');
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('cookie-name');
      expect(messages[0]).to.contain(JSON.stringify('a'.repeat(65)));
    });

    it('names the 64-character limit when refusing a name that is too long', () => {
      const { warn, messages } = spy();
      parseCookieName('a'.repeat(65), warn);
      expect(messages[0]).to.match(/64/);
    });
  });

  describe('cookie-domain', () => {
    it('runs on the host "localhost"', () => {
      expect(location.hostname).to.equal('localhost');
    });

    it('accepts this page\'s host, with or without a leading dot, in any case', () => {
      const { warn, messages } = spy();
      expect(parseCookieDomain('localhost', location.hostname, warn)).to.equal('localhost');
      expect(parseCookieDomain('.localhost', location.hostname, warn)).to.equal('.localhost');
      expect(parseCookieDomain(' LocalHost ', location.hostname, warn)).to.equal('localhost');
      expect(messages).to.deep.equal([]);
    });

    it('gives a host-only cookie (undefined), without warning, when absent or empty', () => {
      const { warn, messages } = spy();
      expect(parseCookieDomain(null, location.hostname, warn)).to.equal(undefined);
      expect(parseCookieDomain('  ', location.hostname, warn)).to.equal(undefined);
      expect(messages).to.deep.equal([]);
    });

    for (const bad of ['example.com', '.example.com', 'sub.localhost', 'notlocalhost', 'localhost.', 'local host', 'http://localhost']) {
      it(`warns once and gives a host-only cookie for ${JSON.stringify(bad)} on localhost`, () => {
        const { warn, messages } = spy();
        expect(parseCookieDomain(bad, location.hostname, warn)).to.equal(undefined);
        expectOneWarning(messages, 'cookie-domain', bad, ['"localhost" or one of its parent domains']);
      });
    }

    it('accepts parent domains of a deeper host and refuses look-alikes and subdomains', () => {
      const host = 'shop.eu.example.com';
      const { warn, messages } = spy();
      expect(parseCookieDomain('.example.com', host, warn)).to.equal('.example.com');
      expect(parseCookieDomain('eu.example.com', host, warn)).to.equal('eu.example.com');
      expect(parseCookieDomain('shop.eu.example.com', host, warn)).to.equal('shop.eu.example.com');
      expect(messages).to.deep.equal([]);
      expect(parseCookieDomain('.ample.com', host, warn)).to.equal(undefined);
      expect(parseCookieDomain('.example.org', host, warn)).to.equal(undefined);
      expect(parseCookieDomain('cdn.shop.eu.example.com', host, warn)).to.equal(undefined);
      expect(messages).to.have.length(3);
      expect(messages[0]).to.contain('"shop.eu.example.com"');
    });
  });

  describe('policy-url', () => {
    const base = location.href;

    it('accepts http(s) and relative URLs, resolved against the page', () => {
      const { warn, messages } = spy();
      expect(parsePolicyUrl('/privacy', base, warn)).to.equal(new URL('/privacy', base).href);
      expect(parsePolicyUrl('privacy.html#cookies', base, warn)).to.equal(new URL('privacy.html#cookies', base).href);
      expect(parsePolicyUrl('https://example.com/privacy', base, warn)).to.equal('https://example.com/privacy');
      expect(parsePolicyUrl('http://example.com/p', base, warn)).to.equal('http://example.com/p');
      expect(parsePolicyUrl(null, base, warn)).to.equal(undefined);
      expect(parsePolicyUrl('', base, warn)).to.equal(undefined);
      expect(messages).to.deep.equal([]);
    });

    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'mailto:dpo@example.com']) {
      it(`refuses ${JSON.stringify(bad)} with one warning and gives no link`, () => {
        const { warn, messages } = spy();
        expect(parsePolicyUrl(bad, base, warn)).to.equal(undefined);
        expect(messages).to.have.length(1);
        expect(messages[0]).to.contain('policy-url');
        expect(messages[0]).to.contain(JSON.stringify(bad.trim()).slice(1, 20));
        expect(messages[0]).to.contain('http(s) or relative URL');
      });
    }

    it('safeUrl gives only http(s) URLs', () => {
      expect(safeUrl('//cdn.example.com/a.js', 'https://site.example/')).to.equal('https://cdn.example.com/a.js');
      expect(safeUrl('javascript:void(0)', 'https://site.example/')).to.equal(undefined);
      expect(safeUrl('http://[bad', 'https://site.example/')).to.equal(undefined);
    });
  });

  describe('lang', () => {
    it('accepts BCP 47 tags and canonicalises them', () => {
      const { warn, messages } = spy();
      expect(parseLanguage('lang', 'pt-br', warn)).to.equal('pt-BR');
      expect(parseLanguage('lang', 'EN', warn)).to.equal('en');
      expect(parseLanguage('lang', ' de-AT ', warn)).to.equal('de-AT');
      expect(parseLanguage('lang', 'zh-hant-tw', warn)).to.equal('zh-Hant-TW');
      expect(parseLanguage('lang', null, warn)).to.equal(undefined);
      expect(parseLanguage('lang', '', warn)).to.equal(undefined);
      expect(messages).to.deep.equal([]);
    });

    for (const bad of ['english!', 'x', 'en_US_POSIX', '123']) {
      it(`warns once and gives undefined for ${JSON.stringify(bad)}`, () => {
        const { warn, messages } = spy();
        expect(parseLanguage('lang', bad, warn)).to.equal(undefined);
        expectOneWarning(messages, 'lang', bad, ['BCP 47']);
      });
    }
  });

  describe('country', () => {
    it('accepts ISO 3166-1 alpha-2 codes, upper-cased', () => {
      const { warn, messages } = spy();
      expect(parseCountry('country', 'CY', warn)).to.equal('CY');
      expect(parseCountry('country', 'cy', warn)).to.equal('CY');
      expect(parseCountry('country', ' de ', warn)).to.equal('DE');
      expect(parseCountry('country', null, warn)).to.equal(undefined);
      expect(messages).to.deep.equal([]);
    });

    for (const bad of ['CYP', 'C', '12', 'C1', 'Cyprus']) {
      it(`warns once and gives undefined for ${JSON.stringify(bad)}`, () => {
        const { warn, messages } = spy();
        expect(parseCountry('country', bad, warn)).to.equal(undefined);
        expectOneWarning(messages, 'country', bad, ['ISO 3166-1 alpha-2']);
      });
    }
  });

  describe('a value from a fixed list (theme, position, mode)', () => {
    const theme = oneOf(['auto', 'light', 'dark']);

    it('accepts the listed values, trimmed, and gives the first one when absent', () => {
      const { warn, messages } = spy();
      expect(readSetting('theme', 'dark', theme, warn)).to.equal('dark');
      expect(readSetting('theme', ' light ', theme, warn)).to.equal('light');
      expect(readSetting('theme', null, theme, warn)).to.equal('auto');
      expect(messages).to.deep.equal([]);
    });

    for (const bad of ['blue', '', 'dark light']) {
      it(`warns once, listing the values, and gives the first for ${JSON.stringify(bad)}`, () => {
        const { warn, messages } = spy();
        expect(readSetting('theme', bad, theme, warn)).to.equal('auto');
        expectOneWarning(messages, 'theme', bad, ['one of auto, light, dark', '"auto"']);
      });
    }
  });

  describe('categories', () => {
    it('gives the default when absent, without warning', () => {
      const { warn, messages } = spy();
      expect(parseCategoryList(null, warn)).to.deep.equal([...DEFAULT_CATEGORIES]);
      expect(DEFAULT_CATEGORIES).to.deep.equal(['analytics', 'marketing']);
      expect(messages).to.deep.equal([]);
    });

    it('accepts space-separated ids in order, without duplicates, dropping necessary silently', () => {
      const { warn, messages } = spy();
      expect(parseCategoryList('  stats ads\tvideo-embeds stats necessary ', warn)).to.deep.equal(['stats', 'ads', 'video-embeds']);
      expect(parseCategoryList('necessary', warn)).to.deep.equal([]);
      expect(messages).to.deep.equal([]);
    });

    it('drops an invalid id with one warning naming it, the attribute and the rule', () => {
      const { warn, messages } = spy();
      expect(parseCategoryList('analytics Marketing', warn)).to.deep.equal(['analytics']);
      expectOneWarning(messages, 'categories', 'Marketing', ['lowercase letters']);
    });

    it('falls back to the default with one warning when no id is valid', () => {
      const { warn, messages } = spy();
      expect(parseCategoryList('Ads 1st', warn)).to.deep.equal(['analytics', 'marketing']);
      expectOneWarning(messages, 'categories', 'Ads 1st', ['lowercase letters', 'analytics marketing']);
    });

    it(`accepts at most ${String(MAX_CATEGORIES)} categories and warns about the rest`, () => {
      const { warn, messages } = spy();
      const ids = Array.from({ length: MAX_CATEGORIES + 1 }, (_, index) => `c${String(index)}`);
      expect(parseCategoryList(ids.join(' '), warn)).to.deep.equal(ids.slice(0, MAX_CATEGORIES));
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain(JSON.stringify(ids[MAX_CATEGORIES]));
    });
  });

  describe('createWarner', () => {
    it('prefixes each message and prints a repeated one only once', () => {
      const printed: string[] = [];
      const warn = createWarner((message) => { printed.push(message); });
      const { messages } = spy();
      parseRevision('abc', warn);
      parseRevision('abc', warn);
      parseRevision('xyz', warn);
      parseRevision('abc', (message) => { messages.push(message); });
      expect(printed).to.have.length(2);
      expect(printed[0]).to.equal(`[cookie-consent] ${messages[0]!}`);
      expect(printed[1]).to.contain('"xyz"');
    });

    it('shortens a huge value in the warning', () => {
      const { warn, messages } = spy();
      parseRevision('9'.repeat(5000), warn);
      expect(messages).to.have.length(1);
      expect(messages[0]!.length).to.be.below(300);
    });
  });
});
