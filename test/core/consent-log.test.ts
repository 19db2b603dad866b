import { expect } from '@esm-bundle/chai';
import { consentLogRecord, fnv1a, sendConsentLog, type ConsentLogRecord } from '../../src/core/consent-log.js';
import type { ConsentState } from '../../src/core/consent-record.js';

const ID = '3b241101-e2bb-4255-8caf-4136c566a962';

function state(overrides: Partial<ConsentState> = {}): ConsentState {
  return {
    id: ID,
    decided: true,
    categories: { necessary: true, analytics: true, marketing: false },
    services: { 'analytics/ga4': true },
    revision: 3,
    country: 'CY',
    language: 'el',
    createdAt: '2026-06-01T10:00:00.000Z',
    updatedAt: '2026-06-15T12:00:00.000Z',
    expiresAt: '2026-12-14T12:00:00.000Z',
    ...overrides,
  };
}

const seen = { notice: 'We use cookies.', config: { categories: { analytics: {} } } };

function record(): ConsentLogRecord {
  return consentLogRecord(state(), seen, false);
}

/** Waits a few macrotasks so settled promises and their rejection tracking run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Records `unhandledrejection` events on window until `stop` is called. */
function watchRejections(): { reasons: unknown[]; stop: () => void } {
  const reasons: unknown[] = [];
  const listener = (event: PromiseRejectionEvent): void => {
    reasons.push(event.reason);
    event.preventDefault();
  };
  window.addEventListener('unhandledrejection', listener);
  return { reasons, stop: () => { window.removeEventListener('unhandledrejection', listener); } };
}

describe('consent-log', () => {
  describe('fnv1a', () => {
    const vectors: [string, string][] = [
      ['', '811c9dc5'],
      ['a', 'e40c292c'],
      ['b', 'e70c2de5'],
      ['foobar', 'bf9cf968'],
      ['foo', 'a9f37ed7'],
    ];
    for (const [input, hash] of vectors) {
      it(`fnv1a(${JSON.stringify(input)}) === ${hash}`, () => {
        expect(fnv1a(input)).to.equal(hash);
      });
    }

    it('is always 8 lowercase hex digits', () => {
      const inputs = ['', 'a', 'ab', 'x'.repeat(10_000), 'Grüße 🍪', '\u0000', JSON.stringify(seen)];
      for (let i = 0; i < 200; i += 1) inputs.push(String(i));
      for (const input of inputs) expect(fnv1a(input), JSON.stringify(input.slice(0, 20))).to.match(/^[0-9a-f]{8}$/);
    });

    it('pads hashes with leading zeros to 8 digits', () => {
      // Search a small space for inputs whose hash is below 0x10000000; padding must keep 8 digits.
      const small = Array.from({ length: 2000 }, (_, i) => `k${String(i)}`).map(fnv1a).filter((hash) => hash.startsWith('0'));
      expect(small.length, 'some hash starts with 0').to.be.above(0);
      for (const hash of small) expect(hash).to.have.length(8);
    });

    it('is stable and tells similar texts apart', () => {
      expect(fnv1a('notice v1')).to.equal(fnv1a('notice v1'));
      expect(fnv1a('notice v1')).not.to.equal(fnv1a('notice v2'));
    });
  });

  describe('consentLogRecord', () => {
    it('takes its fields from the ConsentState', () => {
      const result = consentLogRecord(state(), seen, true);
      expect(result).to.deep.equal({
        id: ID,
        categories: { necessary: true, analytics: true, marketing: false },
        services: { 'analytics/ga4': true },
        revision: 3,
        country: 'CY',
        language: 'el',
        gpc: true,
        noticeHash: fnv1a(JSON.stringify([seen.notice, seen.config])),
        time: '2026-06-15T12:00:00.000Z',
      });
    });

    it('carries gpc as given', () => {
      expect(consentLogRecord(state(), seen, false).gpc).to.equal(false);
      expect(consentLogRecord(state(), seen, true).gpc).to.equal(true);
    });

    it('keeps null id, country and language as null', () => {
      const result = consentLogRecord(state({ id: null, country: null, language: null }), seen, false);
      expect([result.id, result.country, result.language]).to.deep.equal([null, null, null]);
    });

    it('uses the current time when the state has no updatedAt', () => {
      const before = Date.now();
      const result = consentLogRecord(state({ updatedAt: null }), seen, false);
      const time = Date.parse(result.time);
      expect(result.time).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(time).to.be.within(before, Date.now());
    });

    it('carries no field beyond the documented ones (nothing identifying)', () => {
      expect(Object.keys(record()).sort()).to.deep.equal(['categories', 'country', 'gpc', 'id', 'language', 'noticeHash', 'revision', 'services', 'time']);
    });

    const variants: [string, { notice: string; config: unknown }][] = [
      ['another notice text', { ...seen, notice: 'We use cookies!' }],
      ['another config', { ...seen, config: { categories: { marketing: {} } } }],
      ['no config', { ...seen, config: undefined }],
      ['the notice moved into the config', { notice: '', config: [seen.notice, seen.config] }],
    ];
    for (const [what, other] of variants) {
      it(`changes the hash for ${what}`, () => {
        const hash = record().noticeHash;
        expect(hash).to.match(/^[0-9a-f]{8}$/);
        expect(consentLogRecord(state(), other, false).noticeHash).not.to.equal(hash);
      });
    }

    it('keeps the hash for the same notice and config, whatever the decision', () => {
      const other = consentLogRecord(state({ categories: { necessary: true, analytics: false, marketing: false }, id: 'x' }), { ...seen }, true);
      expect(other.noticeHash).to.equal(record().noticeHash);
    });

    it('treats an undefined config like null', () => {
      expect(consentLogRecord(state(), { notice: 'n', config: undefined }, false).noticeHash)
        .to.equal(consentLogRecord(state(), { notice: 'n', config: null }, false).noticeHash);
    });
  });

  describe('sendConsentLog', () => {
    interface FetchCall { url: string; init: RequestInit | undefined }
    let beacons: { url: string; body: unknown }[];
    let fetches: FetchCall[];
    const fetchDescriptor = Object.getOwnPropertyDescriptor(window, 'fetch')!;
    const restoreFetch = (): void => { Object.defineProperty(window, 'fetch', fetchDescriptor); };

    /** Replaces navigator.sendBeacon for this test. */
    function stubBeacon(behaviour: (url: string, body: unknown) => boolean): void {
      Object.defineProperty(navigator, 'sendBeacon', {
        configurable: true,
        writable: true,
        value: (url: string, body: unknown): boolean => {
          beacons.push({ url, body });
          return behaviour(url, body);
        },
      });
    }

    /** Replaces window.fetch for this test. */
    function stubFetch(answer: () => Promise<Response>): void {
      window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
        fetches.push({ url: input instanceof Request ? input.url : input.toString(), init });
        return answer();
      };
    }

    beforeEach(() => {
      beacons = [];
      fetches = [];
      stubFetch(() => Promise.resolve(new Response(null, { status: 204 })));
    });

    afterEach(() => {
      delete (navigator as { sendBeacon?: unknown }).sendBeacon;
      restoreFetch();
    });

    it('restores the real sendBeacon after stubbing (own property removed)', () => {
      stubBeacon(() => true);
      delete (navigator as { sendBeacon?: unknown }).sendBeacon;
      expect(typeof navigator.sendBeacon).to.equal('function');
      expect(Object.prototype.hasOwnProperty.call(navigator, 'sendBeacon')).to.equal(false);
    });

    it('sends the record as a JSON string by sendBeacon, and nothing by fetch when it is queued', () => {
      stubBeacon(() => true);
      const sent = record();
      sendConsentLog('/log', sent);
      expect(beacons).to.have.length(1);
      expect(beacons[0]!.url).to.equal('/log');
      expect(typeof beacons[0]!.body).to.equal('string');
      expect(JSON.parse(beacons[0]!.body as string)).to.deep.equal(JSON.parse(JSON.stringify(sent)));
      expect(fetches).to.have.length(0);
    });

    const fallbacks: [string, () => void][] = [
      ['sendBeacon returns false', () => { stubBeacon(() => false); }],
      ['sendBeacon throws', () => { stubBeacon(() => { throw new TypeError('blocked'); }); }],
      ['sendBeacon is missing', () => { Object.defineProperty(navigator, 'sendBeacon', { configurable: true, value: undefined }); }],
    ];
    for (const [what, arrange] of fallbacks) {
      it(`falls back to fetch (POST, keepalive, same body) when ${what}`, () => {
        arrange();
        const sent = record();
        expect(() => { sendConsentLog('https://log.example/consent', sent); }).not.to.throw();
        expect(fetches).to.have.length(1);
        const [{ url, init }] = fetches as [FetchCall];
        expect(url).to.equal('https://log.example/consent');
        expect(init?.method).to.equal('POST');
        expect(init?.keepalive).to.equal(true);
        expect(init?.body).to.equal(JSON.stringify(sent));
        expect(new Headers(init?.headers).get('content-type')).to.equal('text/plain');
      });
    }

    it('does not throw or leave an unhandled rejection when the fetch fallback rejects', async () => {
      stubBeacon(() => false);
      stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
      const rejections = watchRejections();
      try {
        expect(() => { sendConsentLog('/log', record()); }).not.to.throw();
        await settle();
      } finally {
        rejections.stop();
      }
      expect(fetches).to.have.length(1);
      expect(rejections.reasons.map(String)).to.deep.equal([]);
    });

    it('with the real browser APIs, an invalid URL neither throws nor leaves an unhandled rejection', async () => {
      restoreFetch();
      const rejections = watchRejections();
      try {
        expect(() => { sendConsentLog('http://[', record()); }).not.to.throw();
        await settle();
      } finally {
        rejections.stop();
      }
      expect(rejections.reasons.map(String)).to.deep.equal([]);
    });

    it('with the real sendBeacon, delivers the JSON record to a same-origin endpoint', async () => {
      restoreFetch();
      const endpoint = '/test-consent-log';
      await fetch(endpoint, { method: 'DELETE' });
      const sent = record();
      sendConsentLog(endpoint, sent);
      let received: unknown[] = [];
      const start = performance.now();
      while (received.length === 0 && performance.now() - start < 3000) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        received = (await (await fetch(endpoint, { cache: 'no-store' })).json()) as unknown[];
      }
      expect(received).to.deep.equal([JSON.parse(JSON.stringify(sent))]);
      await fetch(endpoint, { method: 'DELETE' });
    });
  });
});
