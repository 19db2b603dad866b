/**
 * Why this exists: a site must be able to show that a visitor consented
 * (GDPR art. 7(1)) — and that another refused. With `consent-log-url`, every
 * decision goes to the site's own endpoint as a small JSON record. The record
 * carries the random ID, never anything that identifies the person, plus a
 * short hash of the notice and config the visitor saw, so the site can tell
 * which wording each decision answered. Sending never blocks or breaks the
 * page: `sendBeacon` queues it (it survives navigation), `fetch` with
 * `keepalive` is the fallback, and failures are swallowed.
 */
import type { ConsentState } from './consent-record.js';

/** What the endpoint receives. */
export interface ConsentLogRecord {
  readonly id: string | null;
  readonly categories: Readonly<Record<string, boolean>>;
  readonly services: Readonly<Record<string, boolean>>;
  readonly revision: number;
  readonly country: string | null;
  readonly language: string | null;
  /** The browser sent Global Privacy Control. */
  readonly gpc: boolean;
  /** FNV-1a hash (8 hex digits) of the notice text and config the visitor saw. */
  readonly noticeHash: string;
  /** ISO time of the decision. */
  readonly time: string;
}

/** 32-bit FNV-1a of a string, as 8 hex digits: short, stable, no crypto needed for a fingerprint. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The record of one decision. */
export function consentLogRecord(state: ConsentState, seen: { notice: string; config: unknown }, gpc: boolean): ConsentLogRecord {
  return {
    id: state.id,
    categories: state.categories,
    services: state.services,
    revision: state.revision,
    country: state.country,
    language: state.language,
    gpc,
    noticeHash: fnv1a(JSON.stringify([seen.notice, seen.config ?? null])),
    time: state.updatedAt ?? new Date().toISOString(),
  };
}

/**
 * Sends the record to `url`. The body is JSON sent as text/plain, a
 * CORS-safelisted type, so a cross-origin endpoint needs no preflight.
 */
export function sendConsentLog(url: string, record: ConsentLogRecord): void {
  const body = JSON.stringify(record);
  try {
    if (navigator.sendBeacon(url, body)) return;
  } catch {
    // Some browsers throw for blocked or malformed URLs; fall through to fetch.
  }
  fetch(url, { method: 'POST', body, keepalive: true, credentials: 'same-origin', headers: { 'content-type': 'text/plain' } }).catch(() => undefined);
}
