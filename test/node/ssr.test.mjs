// Server-side rendering: a site's server imports our package while rendering
// pages, where there is no DOM. Importing must not throw, and the core must
// still work on plain data.
import assert from 'node:assert/strict';
import { test } from 'node:test';

test('importing cookie-consent-element/core in Node does not throw, and its pure parts work', async () => {
  const core = await import('cookie-consent-element/core');
  const record = {
    id: '6f1c2a4e-1b2c-4d3e-8f40-123456789abc',
    revision: 2,
    categories: { analytics: true, marketing: false },
    country: 'CY',
    language: 'en',
    createdAt: Date.UTC(2026, 0, 1),
    updatedAt: Date.UTC(2026, 0, 2),
    expiresAt: Date.UTC(2026, 6, 1),
  };
  assert.deepEqual(core.decodeRecord(core.encodeRecord(record)), record);
  assert.equal(core.decodeRecord('{"v":1}'), null);
  assert.deepEqual(core.parseCategoryList('stats ads', () => {}), ['stats', 'ads']);
});

test('importing cookie-consent-element in Node does not throw and defines nothing', async () => {
  const element = await import('cookie-consent-element');
  assert.equal(typeof element.CookieConsent, 'function');
  assert.equal(typeof element.defineCookieConsentAs, 'function');
  assert.equal(globalThis.customElements, undefined);
});
