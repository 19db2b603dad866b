/**
 * Why this exists: the consent cookie is read on every page view of every
 * visitor, and it is input we do not control (other scripts, old versions,
 * tampering). This module is the only place that knows its format and the
 * only one that talks to js-cookie. Decoding is strict: anything that is not
 * exactly a record we wrote means "no consent yet" — never an exception,
 * never a grant.
 *
 * Wire format (schema version 1), compact JSON with short keys:
 *   {"v":1,"id":"<uuid v4>","r":3,"a":"analytics","d":"marketing",
 *    "ct":1764057600,"ut":1764057600,"et":1779753600,"co":"CY","la":"en"}
 * "a" lists the allowed and "d" the refused choices — optional categories,
 * and `category/service` for the services of a category that has them —
 * joined by dots (ids never contain one). That costs one byte per id, where a JSON map
 * costs eleven once js-cookie has percent-encoded its quotes and commas, which
 * is what keeps the largest allowed configuration under 512 bytes.
 * Timestamps are whole seconds since the epoch.
 */
import Cookies from 'js-cookie';
import { isChoiceId } from './categories.js';
import { isObject } from './json-guards.js';
import type { ConsentRecord } from './consent-record.js';
import { UUID_V4 } from './random-id.js';

/** The schema version this code writes and the only one it reads. */
export const SCHEMA_VERSION = 1;

/** The consent cookie never grows past this many bytes (name, `=` and encoded value). */
export const MAX_COOKIE_BYTES = 512;

// Sanity bounds: a timestamp outside them was not written by us.
const EARLIEST_SECONDS = Date.UTC(2020, 0, 1) / 1000;
const LATEST_SECONDS = Date.UTC(2200, 0, 1) / 1000;
const MAX_REVISION = 2_147_483_647;
const MAX_RAW_LENGTH = 4096;
const COUNTRY = /^[A-Z]{2}$/;
/** Longest language tag we store; longer (private-use laden) tags are left out of the record. */
export const MAX_LANGUAGE_LENGTH = 35;
const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,5}$/;

/** The record as it is stored. */
interface WireRecord {
  v: number;
  id: string;
  r: number;
  a: string;
  d: string;
  ct: number;
  ut: number;
  et: number;
  co?: string;
  la?: string;
  /** Which the visitor picked: "c" (country), "l" (language), or both. */
  u?: string;
}

/** Serialises a record into the compact cookie value (before cookie encoding). */
export function encodeRecord(record: ConsentRecord): string {
  const ids = Object.keys(record.categories);
  const wire: WireRecord = {
    v: SCHEMA_VERSION,
    id: record.id,
    r: record.revision,
    a: ids.filter((id) => record.categories[id] === true).join('.'),
    d: ids.filter((id) => record.categories[id] !== true).join('.'),
    ct: Math.floor(record.createdAt / 1000),
    ut: Math.floor(record.updatedAt / 1000),
    et: Math.floor(record.expiresAt / 1000),
  };
  if (record.country !== undefined) wire.co = record.country;
  if (record.language !== undefined && record.language.length <= MAX_LANGUAGE_LENGTH) wire.la = record.language;
  const chosen = `${record.chosen?.country ? 'c' : ''}${record.chosen?.language ? 'l' : ''}`;
  if (chosen) wire.u = chosen;
  return JSON.stringify(wire);
}

const isSeconds = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= EARLIEST_SECONDS && value <= LATEST_SECONDS;

/** Splits a dotted id list; undefined when any id is invalid. */
const idList = (value: unknown): string[] | undefined => {
  if (typeof value !== 'string') return undefined;
  const ids = value === '' ? [] : value.split('.');
  return ids.every(isChoiceId) ? ids : undefined;
};

/**
 * Parses a cookie value into a record, or returns null for anything that is
 * not a well-formed record of our schema. Never throws.
 */
export function decodeRecord(raw: string | undefined | null): ConsentRecord | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_RAW_LENGTH) return null;
  let wire: unknown;
  try {
    wire = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isObject(wire)) return null;
  const { v, id, r, a, d, ct, ut, et, co, la, u } = wire;
  if (v !== SCHEMA_VERSION) return null;
  if (typeof id !== 'string' || !UUID_V4.test(id)) return null;
  if (typeof r !== 'number' || !Number.isInteger(r) || r < 0 || r > MAX_REVISION) return null;
  if (!isSeconds(ct) || !isSeconds(ut) || !isSeconds(et) || ct > ut || ut >= et) return null;
  if (co !== undefined && (typeof co !== 'string' || !COUNTRY.test(co))) return null;
  if (la !== undefined && (typeof la !== 'string' || la.length > MAX_LANGUAGE_LENGTH || !LANGUAGE.test(la))) return null;
  if (u !== undefined && !(typeof u === 'string' && /^(c|l|cl)$/.test(u))) return null;
  const allowed = idList(a);
  const refused = idList(d);
  if (!allowed || !refused) return null;
  const categories: Record<string, boolean> = {};
  for (const key of [...allowed, ...refused]) {
    if (Object.hasOwn(categories, key)) return null; // an id listed twice is not a record we wrote
    categories[key] = allowed.includes(key);
  }
  return {
    id,
    revision: r,
    categories,
    country: co,
    language: la,
    ...(u === undefined ? {} : { chosen: { country: u.includes('c'), language: u.includes('l') } }),
    createdAt: ct * 1000,
    updatedAt: ut * 1000,
    expiresAt: et * 1000,
  };
}

/** Where and how the consent cookie is written. */
export interface CookieLocation {
  readonly name: string;
  /** `Domain` attribute, e.g. `.example.com`; host-only when absent. */
  readonly domain?: string | undefined;
}

// js-cookie's own encoding, so the size check and the duplicate-reading below
// match exactly what it writes and reads.
const converter = Cookies.converter as {
  write: Cookies.CookieWriteConverter<string>;
  read: Cookies.CookieReadConverter<string>;
};

const isSecurePage = () => typeof location !== 'undefined' && location.protocol === 'https:';

/** The attributes the consent cookie is written with: the contract's `Path=/`, `SameSite=Lax`, `Secure` on https. */
export function consentCookieAttributes(where: CookieLocation, expires: Date, secure = isSecurePage()): Cookies.CookieAttributes {
  const attributes: Cookies.CookieAttributes = { path: '/', sameSite: 'Lax', expires, secure };
  if (where.domain !== undefined) attributes.domain = where.domain;
  return attributes;
}

/**
 * Reads the consent cookie and returns the newest valid record among the
 * cookies of that name (a host and a parent domain may both hold one), or null.
 */
export function readRecord(where: CookieLocation): ConsentRecord | null {
  let best: ConsentRecord | null = null;
  for (const raw of readAllValues(where.name)) {
    const record = decodeRecord(raw);
    if (record && (!best || record.updatedAt > best.updatedAt)) best = record;
  }
  return best;
}

/**
 * Writes the record and reads it back. Returns false when it is not stored:
 * the value would break the size promise, the document refuses cookies, or the
 * browser dropped it (a `Domain` it will not accept, cookies blocked).
 */
export function writeRecord(where: CookieLocation, record: ConsentRecord): boolean {
  const json = encodeRecord(record);
  if (where.name.length + 1 + converter.write(json, where.name).length > MAX_COOKIE_BYTES) return false;
  try {
    Cookies.set(where.name, json, consentCookieAttributes(where, new Date(record.expiresAt)));
  } catch {
    return false; // sandboxed documents throw on cookie writes
  }
  return readAllValues(where.name).includes(json);
}

/** Deletes the consent cookie, both where we write it and host-only (where a refused `Domain` left it). */
export function removeRecord(where: CookieLocation): void {
  deleteCookie(where.name, { path: '/' });
  if (where.domain !== undefined) deleteCookie(where.name, { path: '/', domain: where.domain });
}

/**
 * Every value stored under `name`, decoded as js-cookie decodes it. js-cookie's
 * `get` returns only the first cookie of a name, and a value with broken
 * percent-encoding is skipped rather than thrown.
 */
function readAllValues(name: string): string[] {
  if (typeof document === 'undefined') return [];
  const values: string[] = [];
  for (const pair of safeDocumentCookie().split('; ')) {
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq) !== name) continue;
    try {
      values.push(converter.read(pair.slice(eq + 1), name));
    } catch {
      // Malformed percent-encoding: not a value we wrote.
    }
  }
  return values;
}

/** The names of the cookies this page can see. */
export function cookieNames(): string[] {
  if (typeof document === 'undefined') return [];
  const names = safeDocumentCookie()
    .split('; ')
    .map((pair) => pair.split('=', 1)[0] ?? '')
    .filter(Boolean);
  return [...new Set(names)];
}

/** Deletes one cookie for one domain and path (the browser ignores it when nothing matches). */
export function deleteCookie(name: string, scope: { path: string; domain?: string }): void {
  try {
    Cookies.remove(name, scope);
  } catch {
    // Sandboxed documents throw on cookie writes; there is nothing to delete there.
  }
}

/** `document.cookie` throws in sandboxed and opaque-origin documents; treat that as "no cookies". */
function safeDocumentCookie(): string {
  try {
    return document.cookie;
  } catch {
    return '';
  }
}
