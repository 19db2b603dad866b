import { expect } from '@esm-bundle/chai';
import { EMPTY_CONFIG, parseConfig, parseConfigJson, type CategoryInfo, type ConsentConfig } from '../../src/core/config.js';

/** A warn spy: collects every message. */
function spy(): { warn: (message: string) => void; messages: string[] } {
  const messages: string[] = [];
  return { warn: (message) => { messages.push(message); }, messages };
}

/** Validates `value` under the path `config`, returning the config and the warnings. */
function parse(value: unknown, stringKeys?: readonly string[]): { config: ConsentConfig; messages: string[] } {
  const { warn, messages } = spy();
  return { config: parseConfig(value, 'config', warn, stringKeys), messages };
}

/** Asserts exactly one warning, containing every given fragment (the path, what is accepted). */
function expectOneWarning(messages: readonly string[], ...fragments: string[]): void {
  expect(messages, 'warnings').to.have.length(1);
  const [message] = messages as [string];
  for (const fragment of fragments) expect(message).to.contain(fragment);
}

/** The category with this id, failing when it is missing. */
function categoryOf(config: ConsentConfig, id: string): CategoryInfo {
  const found = config.categories.find((category) => category.id === id);
  if (!found) throw new Error(`No category ${id} in ${config.categories.map((category) => category.id).join(', ')}`);
  return found;
}

const COOKIE_ACCEPTED = 'expected a cookie name, a "/regex/" or { "name", "domain", "purpose", "duration" }';
const ID_ACCEPTED = 'ids are lowercase letters, digits and "-", starting with a letter';

describe('config (full validator)', () => {
  describe('a valid config', () => {
    const input = {
      categories: {
        analytics: {
          label: 'Analytics',
          description: 'How many people visit.',
          enabled: true,
          cookies: ['_ga', '/^_gid/', { name: '_gcl_au', domain: '.example.com', purpose: 'Ad measurement', duration: '90 days' }, { name: '/^_hj/i' }],
          services: {
            ga4: { label: 'Google Analytics', description: 'Counts visits.', cookies: ['/^_ga_/'] },
            hotjar: { cookies: ['_hjid'] },
            matomo: {},
          },
        },
        marketing: { label: 'Marketing', enabled: false },
        'social-2': {},
      },
      translations: { de: { acceptAll: 'Alle akzeptieren', rejectAll: 'Alle ablehnen' }, fr: {} },
      consentMode: { analytics: ['analytics_storage'], marketing: ['ad_storage', 'ad_user_data'], empty: [] },
    };

    it('round-trips every field without a warning', () => {
      const { config, messages } = parse(input);
      expect(messages).to.deep.equal([]);
      expect(config).to.deep.equal({
        categories: [
          {
            id: 'analytics',
            label: 'Analytics',
            description: 'How many people visit.',
            enabled: true,
            cookies: [
              { name: '_ga', matcher: '_ga' },
              { name: '/^_gid/', matcher: /^_gid/ },
              { name: '_gcl_au', matcher: '_gcl_au', domain: '.example.com', purpose: 'Ad measurement', duration: '90 days' },
              { name: '/^_hj/i', matcher: /^_hj/i },
            ],
            services: [
              { id: 'ga4', label: 'Google Analytics', description: 'Counts visits.', cookies: [{ name: '/^_ga_/', matcher: /^_ga_/ }] },
              { id: 'hotjar', cookies: [{ name: '_hjid', matcher: '_hjid' }] },
              { id: 'matomo', cookies: [] },
            ],
          },
          { id: 'marketing', label: 'Marketing', enabled: false, cookies: [], services: [] },
          { id: 'social-2', enabled: false, cookies: [], services: [] },
        ],
        translations: { de: { acceptAll: 'Alle akzeptieren', rejectAll: 'Alle ablehnen' }, fr: {} },
        consentMode: { analytics: ['analytics_storage'], marketing: ['ad_storage', 'ad_user_data'], empty: [] },
      });
    });

    it('turns /regex/ names into working RegExps (g and y flags dropped) and keeps plain names exact', () => {
      const { config, messages } = parse({ categories: { a: { cookies: ['/^_ga_/', '/^x/gi', '_ga'] } } });
      expect(messages).to.deep.equal([]);
      const [regex, flagged, plain] = categoryOf(config, 'a').cookies.map((cookie) => cookie.matcher);
      expect(regex).to.be.instanceOf(RegExp);
      expect((regex as RegExp).test('_ga_ABC')).to.equal(true);
      expect((regex as RegExp).test('x_ga_')).to.equal(false);
      expect((flagged as RegExp).flags).to.equal('i');
      expect((flagged as RegExp).test('Xy') && (flagged as RegExp).test('Xy')).to.equal(true);
      expect(plain).to.equal('_ga');
    });

    it('keeps categories and services in the order written', () => {
      const { config } = parse({ categories: { zeta: {}, alpha: {}, mid: { services: { z: {}, a: {}, m: {} } } } });
      expect(config.categories.map((category) => category.id)).to.deep.equal(['zeta', 'alpha', 'mid']);
      expect(categoryOf(config, 'mid').services.map((service) => service.id)).to.deep.equal(['z', 'a', 'm']);
    });

    it('has no consentMode when the config has none', () => {
      const { config } = parse({ categories: {} });
      expect('consentMode' in config).to.equal(false);
      expect(config.translations).to.deep.equal({});
    });

    for (const empty of [undefined, null]) {
      it(`gives the empty config, without warning, for ${String(empty)}`, () => {
        const { config, messages } = parse(empty);
        expect(config).to.deep.equal(EMPTY_CONFIG);
        expect(messages).to.deep.equal([]);
      });
    }

    it('accepts "constructor" and other Object.prototype names as ids', () => {
      const { config, messages } = parse({ categories: { constructor: { label: 'C', services: { tostring: {}, valueof: {} } }, hasownproperty: {} } });
      expect(messages).to.deep.equal([]);
      expect(config.categories.map((category) => category.id)).to.deep.equal(['constructor', 'hasownproperty']);
      expect(categoryOf(config, 'constructor').label).to.equal('C');
    });

    it('with stringKeys, keeps the known translation keys', () => {
      const { config, messages } = parse({ translations: { de: { acceptAll: 'Ja' } } }, ['acceptAll', 'rejectAll']);
      expect(messages).to.deep.equal([]);
      expect(config.translations).to.deep.equal({ de: { acceptAll: 'Ja' } });
    });
  });

  describe('problems: one warning each, naming the path and what is accepted; the rest is kept', () => {
    interface Case {
      what: string;
      input: unknown;
      /** Fragments the single warning must contain. */
      warning: string[];
      /** Checks that the bad part is gone and the rest kept. */
      check: (config: ConsentConfig) => void;
      stringKeys?: readonly string[];
    }
    const good = { label: 'Good', cookies: ['_keep'] };
    const keepsGood = (config: ConsentConfig): void => {
      expect(categoryOf(config, 'good').label).to.equal('Good');
      expect(categoryOf(config, 'good').cookies.map((cookie) => cookie.name)).to.deep.equal(['_keep']);
    };
    const cookieCase = (what: string, entry: unknown): Case => ({
      what: `a cookie entry ${what}`,
      input: { categories: { a: { cookies: ['_one', entry, '_two'] }, good } },
      warning: ['config.categories.a.cookies[1]', COOKIE_ACCEPTED],
      check: (config) => {
        expect(categoryOf(config, 'a').cookies.map((cookie) => cookie.name)).to.deep.equal(['_one', '_two']);
        keepsGood(config);
      },
    });
    const cases: Case[] = [
      {
        what: 'an unknown key at the top level',
        input: { categories: { good }, colour: 'red' },
        warning: ['config.colour', 'unknown key', 'categories, translations, consentMode'],
        check: (config) => {
          keepsGood(config);
          expect(Object.keys(config).sort()).to.deep.equal(['categories', 'translations']);
        },
      },
      {
        what: 'an unknown key in a category',
        input: { categories: { a: { label: 'A', colour: 'red' }, good } },
        warning: ['config.categories.a.colour', 'unknown key', 'label, description, enabled, cookies, services'],
        check: (config) => {
          expect(categoryOf(config, 'a')).to.deep.equal({ id: 'a', label: 'A', enabled: false, cookies: [], services: [] });
          keepsGood(config);
        },
      },
      {
        what: 'an unknown key in a service',
        input: { categories: { a: { services: { s: { label: 'S', colour: 'red' } } }, good } },
        warning: ['config.categories.a.services.s.colour', 'unknown key', 'label, description, cookies'],
        check: (config) => {
          expect(categoryOf(config, 'a').services).to.deep.equal([{ id: 's', label: 'S', cookies: [] }]);
          keepsGood(config);
        },
      },
      {
        what: 'an unknown key in a cookie object',
        input: { categories: { a: { cookies: [{ name: '_x', purpose: 'P', colour: 'red' }] }, good } },
        warning: ['config.categories.a.cookies[0].colour', 'unknown key', 'name, domain, purpose, duration'],
        check: (config) => {
          expect(categoryOf(config, 'a').cookies).to.deep.equal([{ name: '_x', matcher: '_x', purpose: 'P' }]);
          keepsGood(config);
        },
      },
      {
        what: 'an unknown translation key when the keys are known',
        input: { categories: { good }, translations: { de: { acceptAll: 'Ja', bogus: 'x' } } },
        stringKeys: ['acceptAll', 'rejectAll'],
        warning: ['config.translations.de.bogus', 'unknown key', 'acceptAll, rejectAll'],
        check: (config) => {
          expect(config.translations).to.deep.equal({ de: { acceptAll: 'Ja' } });
          keepsGood(config);
        },
      },
      {
        what: 'the config as an array',
        input: [{ categories: { good } }],
        warning: ['config', 'expected an object'],
        check: (config) => { expect(config.categories).to.deep.equal([]); },
      },
      {
        what: 'the config as a number',
        input: 42,
        warning: ['config', 'expected an object'],
        check: (config) => { expect(config.categories).to.deep.equal([]); },
      },
      {
        what: 'categories as an array',
        input: { categories: [good], translations: { de: { acceptAll: 'Ja' } } },
        warning: ['config.categories', 'expected an object'],
        check: (config) => {
          expect(config.categories).to.deep.equal([]);
          expect(config.translations).to.deep.equal({ de: { acceptAll: 'Ja' } });
        },
      },
      {
        what: 'a label as a number',
        input: { categories: { a: { label: 5, description: 'D' }, good } },
        warning: ['config.categories.a.label', 'expected text'],
        check: (config) => {
          expect(categoryOf(config, 'a')).to.deep.equal({ id: 'a', description: 'D', enabled: false, cookies: [], services: [] });
          keepsGood(config);
        },
      },
      {
        what: 'a description as an object',
        input: { categories: { a: { label: 'A', description: { en: 'x' } }, good } },
        warning: ['config.categories.a.description', 'expected text'],
        check: (config) => {
          expect(categoryOf(config, 'a')).to.deep.equal({ id: 'a', label: 'A', enabled: false, cookies: [], services: [] });
          keepsGood(config);
        },
      },
      {
        what: 'a service label as a list',
        input: { categories: { a: { services: { s: { label: ['x'], cookies: ['_s'] } } }, good } },
        warning: ['config.categories.a.services.s.label', 'expected text'],
        check: (config) => {
          expect(categoryOf(config, 'a').services).to.deep.equal([{ id: 's', cookies: [{ name: '_s', matcher: '_s' }] }]);
          keepsGood(config);
        },
      },
      {
        what: 'enabled as "yes"',
        input: { categories: { a: { label: 'A', enabled: 'yes' }, good } },
        warning: ['config.categories.a.enabled', 'expected true or false'],
        check: (config) => {
          expect(categoryOf(config, 'a')).to.deep.equal({ id: 'a', label: 'A', enabled: false, cookies: [], services: [] });
          keepsGood(config);
        },
      },
      {
        what: 'cookies not a list',
        input: { categories: { a: { label: 'A', cookies: '_ga' }, good } },
        warning: ['config.categories.a.cookies', 'expected a list of cookies'],
        check: (config) => {
          expect(categoryOf(config, 'a')).to.deep.equal({ id: 'a', label: 'A', enabled: false, cookies: [], services: [] });
          keepsGood(config);
        },
      },
      {
        what: 'service cookies not a list',
        input: { categories: { a: { services: { s: { label: 'S', cookies: { name: '_x' } } } }, good } },
        warning: ['config.categories.a.services.s.cookies', 'expected a list of cookies'],
        check: (config) => {
          expect(categoryOf(config, 'a').services).to.deep.equal([{ id: 's', label: 'S', cookies: [] }]);
          keepsGood(config);
        },
      },
      cookieCase('42', 42),
      cookieCase('{}', {}),
      cookieCase('{ name: 5 }', { name: 5 }),
      cookieCase('"" (empty name)', ''),
      cookieCase('null', null),
      cookieCase('["_ga"] (a list)', ['_ga']),
      cookieCase('"/[unclosed/" (a regex that does not compile)', '/[unclosed/'),
      cookieCase('{ name: "/(/" } (a regex that does not compile)', { name: '/(/' }),
      {
        what: 'a cookie domain as a number',
        input: { categories: { a: { cookies: [{ name: '_x', domain: 5, duration: '1 day' }] }, good } },
        warning: ['config.categories.a.cookies[0].domain', 'expected text'],
        check: (config) => {
          expect(categoryOf(config, 'a').cookies).to.deep.equal([{ name: '_x', matcher: '_x', duration: '1 day' }]);
          keepsGood(config);
        },
      },
      {
        what: 'services as an array',
        input: { categories: { a: { label: 'A', services: [{ label: 'S' }] }, good } },
        warning: ['config.categories.a.services', 'expected an object'],
        check: (config) => {
          expect(categoryOf(config, 'a')).to.deep.equal({ id: 'a', label: 'A', enabled: false, cookies: [], services: [] });
          keepsGood(config);
        },
      },
      {
        what: 'a category id "Ads"',
        input: { categories: { Ads: { label: 'Ads' }, good } },
        warning: ['config.categories."Ads"', ID_ACCEPTED],
        check: (config) => {
          expect(config.categories.map((category) => category.id)).to.deep.equal(['good']);
          keepsGood(config);
        },
      },
      {
        what: 'a category id "__proto__"',
        input: JSON.parse('{"categories":{"__proto__":{"label":"P"},"good":{"label":"Good","cookies":["_keep"]}}}') as unknown,
        warning: ['config.categories."__proto__"', ID_ACCEPTED],
        check: (config) => {
          expect(config.categories.map((category) => category.id)).to.deep.equal(['good']);
          keepsGood(config);
        },
      },
      {
        what: 'a category id "1st"',
        input: { categories: { '1st': {}, good } },
        warning: ['config.categories."1st"', ID_ACCEPTED],
        check: (config) => { expect(config.categories.map((category) => category.id)).to.deep.equal(['good']); },
      },
      {
        what: 'a category id of 33 characters',
        input: { categories: { [`a${'b'.repeat(32)}`]: {}, good } },
        warning: ['config.categories."abbb', ID_ACCEPTED],
        check: (config) => { expect(config.categories.map((category) => category.id)).to.deep.equal(['good']); },
      },
      {
        what: 'a service id "Bad Id"',
        input: { categories: { a: { services: { 'Bad Id': {}, ok: {} } }, good } },
        warning: ['config.categories.a.services."Bad Id"', ID_ACCEPTED],
        check: (config) => {
          expect(categoryOf(config, 'a').services.map((service) => service.id)).to.deep.equal(['ok']);
          keepsGood(config);
        },
      },
      {
        what: 'translations as a string',
        input: { categories: { good }, translations: 'de' },
        warning: ['config.translations', 'expected an object'],
        check: (config) => {
          expect(config.translations).to.deep.equal({});
          keepsGood(config);
        },
      },
      {
        what: 'a language not an object',
        input: { categories: { good }, translations: { de: 'Alle akzeptieren', fr: { acceptAll: 'Tout accepter' } } },
        warning: ['config.translations.de', 'expected an object'],
        check: (config) => {
          expect(config.translations['fr']).to.deep.equal({ acceptAll: 'Tout accepter' });
          expect(config.translations['de'] ?? {}).to.deep.equal({});
          keepsGood(config);
        },
      },
      {
        what: 'a translation that is not a string',
        input: { categories: { good }, translations: { de: { acceptAll: 5, rejectAll: 'Nein' } } },
        warning: ['config.translations.de.acceptAll', 'expected text'],
        check: (config) => {
          expect(config.translations).to.deep.equal({ de: { rejectAll: 'Nein' } });
          keepsGood(config);
        },
      },
      {
        what: 'consentMode not an object',
        input: { categories: { good }, consentMode: ['analytics_storage'] },
        warning: ['config.consentMode', 'expected an object'],
        check: (config) => {
          expect(Object.keys(config.consentMode ?? {})).to.deep.equal([]);
          keepsGood(config);
        },
      },
      {
        what: 'a consentMode value that is a string',
        input: { categories: { good }, consentMode: { analytics: 'analytics_storage', marketing: ['ad_storage'] } },
        warning: ['config.consentMode.analytics', 'expected a list of Consent Mode signals', '["analytics_storage"]'],
        check: (config) => {
          expect(config.consentMode).to.deep.equal({ marketing: ['ad_storage'] });
          keepsGood(config);
        },
      },
      {
        what: 'a consentMode list with a number',
        input: { categories: { good }, consentMode: { analytics: ['analytics_storage', 5], marketing: ['ad_storage'] } },
        warning: ['config.consentMode.analytics', 'expected a list of Consent Mode signals'],
        check: (config) => {
          expect(config.consentMode).to.deep.equal({ marketing: ['ad_storage'] });
          keepsGood(config);
        },
      },
    ];

    for (const value of [5, 'x', null, ['a']]) {
      it(`a category value ${JSON.stringify(value)} (not an object)`, () => {
        const { config, messages } = parse({ categories: { a: value, good } });
        expectOneWarning(messages, 'config.categories.a', 'expected an object');
        const a = config.categories.find((category) => category.id === 'a');
        // The id stays (the outline reader drops it); nothing of the value is used.
        expect(a === undefined || (a.label === undefined && a.cookies.length === 0 && a.services.length === 0)).to.equal(true);
        keepsGood(config);
      });
    }

    for (const { what, input, warning, check, stringKeys } of cases) {
      it(what, () => {
        const { config, messages } = parse(input, stringKeys);
        expectOneWarning(messages, ...warning);
        check(config);
      });
    }

    it('gives one warning per problem when there are several', () => {
      const { config, messages } = parse({
        categories: { a: { label: 5, enabled: 'yes', cookies: [42, '_ok'] }, Ads: {} },
        extra: true,
      });
      expect(messages).to.have.length(5);
      expect(categoryOf(config, 'a').cookies.map((cookie) => cookie.name)).to.deep.equal(['_ok']);
    });

    it('says which entry in a list is wrong by its index', () => {
      const { messages } = parse({ categories: { a: { cookies: ['_a', '_b', '_c', 7] } } });
      expectOneWarning(messages, 'config.categories.a.cookies[3]');
    });
  });

  describe('parseConfigJson', () => {
    for (const json of ['{', '', 'undefined', "{'categories': {}}", '{"categories": {},}', 'NaN']) {
      it(`warns once "not valid JSON" and gives the empty config for ${JSON.stringify(json)}`, () => {
        const { warn, messages } = spy();
        const config = parseConfigJson(json, warn);
        expectOneWarning(messages, 'not valid JSON', '<script type="application/json">');
        expect(config).to.deep.equal({ categories: [], translations: {} });
      });
    }

    it('validates well-formed JSON under the path "config"', () => {
      const { warn, messages } = spy();
      const config = parseConfigJson('{"categories":{"analytics":{"label":"A","enabled":"no"}}}', warn);
      expectOneWarning(messages, 'config.categories.analytics.enabled');
      expect(config.categories).to.deep.equal([{ id: 'analytics', label: 'A', enabled: false, cookies: [], services: [] }]);
    });

    it('passes stringKeys on to the translations', () => {
      const { warn, messages } = spy();
      const config = parseConfigJson('{"translations":{"de":{"acceptAll":"Ja","nope":"x"}}}', warn, ['acceptAll']);
      expectOneWarning(messages, 'config.translations.de.nope');
      expect(config.translations).to.deep.equal({ de: { acceptAll: 'Ja' } });
    });

    it('gives the empty config without warning for "null"', () => {
      const { warn, messages } = spy();
      expect(parseConfigJson('null', warn)).to.deep.equal({ categories: [], translations: {} });
      expect(messages).to.deep.equal([]);
    });

    it('keeps a warning about a huge malformed document short', () => {
      const { warn, messages } = spy();
      parseConfigJson(`{"x": "${'a'.repeat(100_000)}`, warn);
      expect(messages).to.have.length(1);
      expect(messages[0]!.length).to.be.below(400);
    });
  });

  describe('limits', () => {
    const long = 'x'.repeat(5000);
    const cases: [string, unknown, (config: ConsentConfig) => string | undefined][] = [
      ['a category label', { categories: { a: { label: long } } }, (config) => categoryOf(config, 'a').label],
      ['a category description', { categories: { a: { description: long } } }, (config) => categoryOf(config, 'a').description],
      ['a service label', { categories: { a: { services: { s: { label: long } } } } }, (config) => categoryOf(config, 'a').services[0]?.label],
      ['a service description', { categories: { a: { services: { s: { description: long } } } } }, (config) => categoryOf(config, 'a').services[0]?.description],
      ['a cookie purpose', { categories: { a: { cookies: [{ name: '_x', purpose: long }] } } }, (config) => categoryOf(config, 'a').cookies[0]?.purpose],
      ['a cookie domain', { categories: { a: { cookies: [{ name: '_x', domain: long }] } } }, (config) => categoryOf(config, 'a').cookies[0]?.domain],
      ['a cookie duration', { categories: { a: { cookies: [{ name: '_x', duration: long }] } } }, (config) => categoryOf(config, 'a').cookies[0]?.duration],
      ['a translation', { translations: { de: { acceptAll: long } } }, (config) => config.translations['de']?.['acceptAll']],
    ];
    for (const [what, input, read] of cases) {
      it(`cuts ${what} longer than 2000 characters to 2000`, () => {
        const { config } = parse(input);
        expect(read(config)).to.equal('x'.repeat(2000));
      });
    }

    it('keeps a text of exactly 2000 characters whole', () => {
      const { config } = parse({ categories: { a: { label: 'y'.repeat(2000) } } });
      expect(categoryOf(config, 'a').label).to.have.length(2000);
    });

    it('does not throw on JSON nested 10,000 levels deep, anywhere in the config', () => {
      const depth = 10_000;
      const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      const deepObject = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
      const documents = [
        deep,
        deepObject,
        `{"categories":${deepObject}}`,
        `{"categories":{"a":{"label":${deep},"cookies":[${deep},${deepObject}],"services":{"s":${deepObject}}}}}`,
        `{"translations":{"de":${deepObject}},"consentMode":{"a":${deep}}}`,
      ];
      for (const json of documents) {
        const { warn, messages } = spy();
        let config: ConsentConfig | undefined;
        expect(() => { config = parseConfigJson(json, warn); }).not.to.throw();
        expect(config).to.be.an('object');
        expect(messages.length).to.be.above(0);
      }
    });
  });

  describe('prototype safety', () => {
    afterEach(() => {
      delete (Object.prototype as Record<string, unknown>)['polluted'];
    });

    const documents = [
      '{"__proto__":{"polluted":1}}',
      '{"categories":{"a":{"__proto__":{"polluted":1}}}}',
      '{"categories":{"__proto__":{"polluted":1}}}',
      '{"categories":{"a":{"services":{"s":{"__proto__":{"polluted":1}}}}}}',
      '{"categories":{"a":{"cookies":[{"name":"_x","__proto__":{"polluted":1}}]}}}',
      '{"translations":{"de":{"__proto__":{"polluted":1}}}}',
      '{"consentMode":{"__proto__":{"polluted":1}}}',
    ];
    for (const json of documents) {
      it(`never reaches Object.prototype from ${json}`, () => {
        const { warn, messages } = spy();
        const config = parseConfigJson(json, warn);
        expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
        expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).to.equal(false);
        expect(messages.length, 'the __proto__ key is reported').to.be.above(0);
        expect(config).to.be.an('object');
      });
    }

    it('reports and leaves out a __proto__ key in a category, keeping the rest', () => {
      const { warn, messages } = spy();
      const config = parseConfigJson('{"categories":{"a":{"label":"A","__proto__":{"polluted":1}}}}', warn);
      expectOneWarning(messages, 'config.categories.a.__proto__', 'unknown key');
      expect(config.categories).to.deep.equal([{ id: 'a', label: 'A', enabled: false, cookies: [], services: [] }]);
      expect(Object.getPrototypeOf(config.categories[0])).to.equal(Object.prototype);
    });

    it('keeps a "__proto__" language from becoming the prototype of translations', () => {
      const { warn } = spy();
      const config = parseConfigJson('{"translations":{"__proto__":{"acceptAll":"x"}}}', warn);
      expect(Object.getPrototypeOf(config.translations)).to.equal(Object.prototype);
      expect((config.translations as Record<string, unknown>)['acceptAll']).to.equal(undefined);
    });

    it('keeps a "__proto__" consentMode entry from becoming the prototype of the map', () => {
      const { warn } = spy();
      const config = parseConfigJson('{"consentMode":{"__proto__":["analytics_storage"]}}', warn);
      expect(Object.getPrototypeOf(config.consentMode)).to.equal(Object.prototype);
    });
  });
});
