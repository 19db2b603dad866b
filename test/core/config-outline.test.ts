import { expect } from '@esm-bundle/chai';
import { outlineConfig, readConfigJson, type ConfigOutline } from '../../src/core/config-outline.js';
import { captureWarnings } from '../support/helpers.js';

const EMPTY_OUTLINE: ConfigOutline = { categories: [], services: {}, cookies: {}, translations: {} };

/** Runs `outlineConfig` with console.warn (and console.error) spied, failing on any message or throw. */
function silentOutline(value: unknown): ConfigOutline {
  const warnings = captureWarnings();
  const errors: unknown[] = [];
  const originalError = console.error;
  console.error = (...args: unknown[]) => { errors.push(args); };
  try {
    return outlineConfig(value);
  } finally {
    warnings.restore();
    console.error = originalError;
    expect(warnings.messages, 'console.warn').to.deep.equal([]);
    expect(errors, 'console.error').to.deep.equal([]);
  }
}

describe('config-outline (silent start-up reader)', () => {
  describe('a valid config', () => {
    const input = {
      categories: {
        analytics: {
          label: 'Analytics',
          cookies: ['_ga', '/^_gid/i', { name: '_gcl_au', domain: '.example.com' }, { name: '/^_hj/' }],
          services: {
            ga4: { label: 'GA4', cookies: ['/^_ga_/'] },
            hotjar: { cookies: [{ name: '_hjid', purpose: 'x' }] },
            plain: {},
          },
        },
        marketing: { cookies: ['_fbp'] },
        social: {},
      },
      translations: { de: { acceptAll: 'Alle akzeptieren', rejectAll: 'Alle ablehnen' }, 'pt-BR': { acceptAll: 'Aceitar' } },
      consentMode: { analytics: ['analytics_storage'], marketing: ['ad_storage', 'ad_user_data'] },
    };

    it('takes categories, services, cookie matchers, consentMode and translations', () => {
      expect(silentOutline(input)).to.deep.equal({
        categories: ['analytics', 'marketing', 'social'],
        services: { analytics: ['ga4', 'hotjar', 'plain'] },
        cookies: {
          analytics: ['_ga', /^_gid/i, '_gcl_au', /^_hj/],
          'analytics/ga4': [/^_ga_/],
          'analytics/hotjar': ['_hjid'],
          'analytics/plain': [],
          marketing: ['_fbp'],
          social: [],
        },
        translations: { de: { acceptAll: 'Alle akzeptieren', rejectAll: 'Alle ablehnen' }, 'pt-BR': { acceptAll: 'Aceitar' } },
        consentMode: { analytics: ['analytics_storage'], marketing: ['ad_storage', 'ad_user_data'] },
      });
    });

    it('keeps the config order of categories and services', () => {
      const outline = silentOutline({ categories: { zeta: {}, alpha: { services: { z: {}, a: {} } }, mid: {} } });
      expect(outline.categories).to.deep.equal(['zeta', 'alpha', 'mid']);
      expect(outline.services).to.deep.equal({ alpha: ['z', 'a'] });
    });

    it('turns /regex/ strings into RegExps that match, dropping g and y', () => {
      const outline = silentOutline({ categories: { a: { cookies: ['/^_ga_/gy', 'plain'] } } });
      const [regex, plain] = outline.cookies['a']!;
      expect(regex).to.be.instanceOf(RegExp);
      expect((regex as RegExp).flags).to.equal('');
      expect((regex as RegExp).test('_ga_X') && (regex as RegExp).test('_ga_X')).to.equal(true);
      expect(plain).to.equal('plain');
    });

    it('has no consentMode when the config has none, and no services entry for a category without services', () => {
      const outline = silentOutline({ categories: { a: { services: {} } } });
      expect('consentMode' in outline).to.equal(false);
      expect(outline.services).to.deep.equal({});
    });

    it('accepts "constructor" as an id', () => {
      const outline = silentOutline({ categories: { constructor: { cookies: ['_c'] } } });
      expect(outline.categories).to.deep.equal(['constructor']);
      expect(outline.cookies['constructor']).to.deep.equal(['_c']);
    });
  });

  describe('skips whatever is malformed, without a warning', () => {
    const garbage: [string, unknown][] = [
      ['undefined', undefined],
      ['null', null],
      ['42', 42],
      ['a string', '{"categories":{"a":{}}}'],
      ['true', true],
      ['[]', []],
      ['[{ categories }]', [{ categories: { a: {} } }]],
      ['{}', {}],
      ['{ categories: 5 }', { categories: 5 }],
      ['{ categories: null }', { categories: null }],
      ['{ categories: [] }', { categories: [{ a: {} }] }],
      ['{ categories: "a b" }', { categories: 'a b' }],
      ['{ translations: 5, consentMode-less }', { translations: 5 }],
      ['a function', () => ({ categories: { a: {} } })],
    ];
    for (const [what, value] of garbage) {
      it(`gives the empty outline for ${what}`, () => {
        expect(silentOutline(value)).to.deep.equal(EMPTY_OUTLINE);
      });
    }

    const partial: [string, unknown, Partial<ConfigOutline>][] = [
      ['an invalid category id', { categories: { 'Bad Id': {}, Ads: {}, '1st': {}, __x: {}, ok: {} } }, { categories: ['ok'], cookies: { ok: [] } }],
      ['a category that is not an object', { categories: { a: 5, b: null, c: [], d: 'x', ok: {} } }, { categories: ['ok'], cookies: { ok: [] } }],
      [
        'malformed cookie entries',
        { categories: { a: { cookies: [null, 5, {}, '', { name: 5 }, { name: '' }, [], ['_x'], '/[unclosed/', { name: '/(/' }, true, '_ok'] } } },
        { categories: ['a'], cookies: { a: ['_ok'] } },
      ],
      ['cookies not a list', { categories: { a: { cookies: '_ga' }, b: { cookies: { name: '_ga' } }, c: { cookies: null } } }, { categories: ['a', 'b', 'c'], cookies: { a: [], b: [], c: [] } }],
      [
        'malformed services',
        { categories: { a: { services: [{ s: {} }] }, b: { services: 'x' }, c: { services: { 'Bad Id': {}, s: 5, ok: { cookies: [7, '_ok'] } } } } },
        { categories: ['a', 'b', 'c'], services: { c: ['ok'] }, cookies: { a: [], b: [], c: [], 'c/ok': ['_ok'] } },
      ],
      [
        'translations: non-object languages and non-string values',
        { translations: { de: 'x', en: null, fr: [], it: { a: 'A', b: 5, c: null, d: { e: 'x' }, f: ['x'] }, nl: {} } },
        { translations: { it: { a: 'A' }, nl: {} } },
      ],
      [
        'consentMode: values that are not string lists',
        { consentMode: { a: 'analytics_storage', b: ['x', 5], c: null, d: {}, e: ['ad_storage'], f: [] } },
        { consentMode: { e: ['ad_storage'], f: [] } },
      ],
      ['consentMode not an object', { consentMode: ['analytics_storage'] }, {}],
      ['unknown keys', { colour: 'red', categories: { a: { colour: 'red', cookies: [{ name: '_x', colour: 'red' }] } } }, { categories: ['a'], cookies: { a: ['_x'] } }],
    ];
    for (const [what, value, expected] of partial) {
      it(`keeps the rest around ${what}`, () => {
        expect(silentOutline(value)).to.deep.equal({ ...EMPTY_OUTLINE, ...expected });
      });
    }

    it('never throws on deeply nested input', () => {
      const depth = 10_000;
      const json = `{"categories":{"a":{"cookies":[${'['.repeat(depth)}${']'.repeat(depth)}],"services":${'{"s":'.repeat(depth)}1${'}'.repeat(depth)}}},"translations":{"de":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}}`;
      const value = readConfigJson(json);
      expect(silentOutline(value)).to.deep.equal({
        ...EMPTY_OUTLINE,
        categories: ['a'],
        services: { a: ['s'] },
        cookies: { a: [], 'a/s': [] },
        translations: { de: {} },
      });
    });

    it('does not pollute Object.prototype', () => {
      for (const json of ['{"__proto__":{"polluted":1}}', '{"categories":{"a":{"__proto__":{"polluted":1}}}}', '{"translations":{"de":{"__proto__":{"polluted":1}}}}']) {
        silentOutline(readConfigJson(json));
        expect(({} as Record<string, unknown>)['polluted'], json).to.equal(undefined);
      }
    });

    it('keeps a "__proto__" language from becoming the prototype of translations', () => {
      const outline = silentOutline(readConfigJson('{"translations":{"__proto__":{"acceptAll":"x"}}}'));
      expect(Object.getPrototypeOf(outline.translations)).to.equal(Object.prototype);
    });
  });

  describe('readConfigJson', () => {
    it('parses well-formed JSON', () => {
      expect(readConfigJson('{"categories":{"a":{}}}')).to.deep.equal({ categories: { a: {} } });
      expect(readConfigJson('null')).to.equal(null);
      expect(readConfigJson('[1]')).to.deep.equal([1]);
    });

    for (const json of ['{', '', 'undefined', "{'a':1}", '{"a":1,}', `{"x":"${'a'.repeat(10_000)}`]) {
      it(`gives undefined, silently, for malformed ${JSON.stringify(json.slice(0, 20))}`, () => {
        const warnings = captureWarnings();
        let value: unknown;
        try {
          value = readConfigJson(json);
        } finally {
          warnings.restore();
        }
        expect(value).to.equal(undefined);
        expect(warnings.messages).to.deep.equal([]);
      });
    }
  });
});
