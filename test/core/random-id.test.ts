import { expect } from '@esm-bundle/chai';
import { randomUuid } from '../../src/core/random-id.js';

/** Canonical lowercase UUID version 4 (RFC 9562): version nibble 4, variant 10xx. Written out here, not imported. */
const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function thousandIds(): string[] {
  return Array.from({ length: 1000 }, () => randomUuid());
}

/** Replaces a property on an object for the duration of `run`, then restores the original (own or inherited). */
function shadow(target: object, key: PropertyKey, value: unknown, run: () => void): void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value, configurable: true, writable: true });
  try {
    run();
  } finally {
    if (own) Object.defineProperty(target, key, own);
    else Reflect.deleteProperty(target, key);
  }
}

describe('random-id', () => {
  it('gives 1000 unique UUID v4s', () => {
    const ids = thousandIds();
    for (const id of ids) expect(id).to.match(V4);
    expect(new Set(ids).size).to.equal(1000);
  });

  it('uses crypto.randomUUID where it exists', () => {
    const calls: string[] = [];
    const original = crypto.randomUUID.bind(crypto);
    shadow(crypto, 'randomUUID', () => {
      const id = original();
      calls.push(id);
      return id;
    }, () => {
      expect(randomUuid()).to.equal(calls[0]);
    });
    expect(calls).to.have.length(1);
  });

  describe('without crypto.randomUUID (plain-http pages)', () => {
    it('builds 1000 unique UUID v4s from crypto.getRandomValues, never Math.random', () => {
      let randomValuesCalls = 0;
      const getRandomValues = crypto.getRandomValues.bind(crypto);
      let ids: string[] = [];
      shadow(crypto, 'randomUUID', undefined, () => {
        shadow(crypto, 'getRandomValues', <T extends ArrayBufferView>(array: T): T => {
          randomValuesCalls += 1;
          return getRandomValues(array as unknown as Uint8Array) as unknown as T;
        }, () => {
          shadow(Math, 'random', () => { throw new Error('Math.random must not be used for the consent id'); }, () => {
            expect(Reflect.get(crypto, 'randomUUID')).to.equal(undefined);
            ids = thousandIds();
          });
        });
      });
      expect(randomValuesCalls).to.equal(1000);
      for (const id of ids) expect(id).to.match(V4);
      expect(new Set(ids).size).to.equal(1000);
    });

    it('sets the version and variant bits whatever the random bytes are', () => {
      for (const fill of [0x00, 0xff]) {
        let id = '';
        shadow(crypto, 'randomUUID', undefined, () => {
          shadow(crypto, 'getRandomValues', <T extends ArrayBufferView>(array: T): T => {
            new Uint8Array(array.buffer, array.byteOffset, array.byteLength).fill(fill);
            return array;
          }, () => {
            id = randomUuid();
          });
        });
        expect(id, `bytes 0x${fill.toString(16)}`).to.match(V4);
      }
    });

    it('restores crypto.randomUUID afterwards', () => {
      expect(Object.hasOwn(crypto, 'randomUUID')).to.equal(false);
      expect(typeof crypto.randomUUID).to.equal('function');
      expect(crypto.randomUUID()).to.match(V4);
    });
  });
});
