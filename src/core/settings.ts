/**
 * Why this exists: every setting reaches us as an untrusted string (an HTML
 * attribute) or an untyped value. Each parser here accepts exactly what the
 * contract documents and, for anything else, warns once — naming the setting,
 * the value and what is accepted — then returns the safe default. None throws.
 */
import { quote, type Warn } from './warnings.js';

export const DEFAULT_REVISION = 1;
export const DEFAULT_EXPIRES_DAYS = 182;
export const MAX_EXPIRES_DAYS = 395;
export const DEFAULT_COOKIE_NAME = 'cc_consent';

const MAX_REVISION = 2_147_483_647;
// RFC 6265 cookie-name: an HTTP token.
const COOKIE_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}$/;
const HOSTNAME = /^\.?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const COUNTRY = /^[A-Za-z]{2}$/;

const rejected = (name: string, value: string, accepted: string, fallback: string) =>
  `Ignoring ${name}=${quote(value)}: expected ${accepted}. Using ${fallback}.`;

/** Parses a whole number within `[min, max]`; the form shared by `revision` and `expires-days`. */
function parseWholeNumber(name: string, value: string | null, min: number, max: number, fallback: number, warn: Warn): number {
  if (value === null) return fallback;
  const trimmed = value.trim();
  const number = /^\d{1,10}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (number >= min && number <= max) return number;
  warn(rejected(name, value, `a whole number from ${String(min)} to ${String(max)}`, `the default ${String(fallback)}`));
  return fallback;
}

/** `revision`: the policy revision, a whole number (default 1). */
export const parseRevision = (value: string | null, warn: Warn): number =>
  parseWholeNumber('revision', value, 0, MAX_REVISION, DEFAULT_REVISION, warn);

/** `expires-days`: how long a decision lasts, 1–395 days (default 182). */
export const parseExpiresDays = (value: string | null, warn: Warn): number =>
  parseWholeNumber('expires-days', value, 1, MAX_EXPIRES_DAYS, DEFAULT_EXPIRES_DAYS, warn);

/** `cookie-name`: an RFC 6265 token of at most 64 characters (default `cc_consent`). */
export function parseCookieName(value: string | null, warn: Warn): string {
  if (value === null) return DEFAULT_COOKIE_NAME;
  if (COOKIE_NAME.test(value)) return value;
  warn(rejected('cookie-name', value, "a cookie name of letters, digits and !#$%&'*+-.^_`|~ (at most 64)", `the default "${DEFAULT_COOKIE_NAME}"`));
  return DEFAULT_COOKIE_NAME;
}

/**
 * `cookie-domain`: the current host or one of its parent domains, e.g.
 * `.example.com`. A domain the browser would refuse would make the banner ask
 * on every page, so anything else falls back to a host-only cookie.
 */
export function parseCookieDomain(value: string | null, hostname: string, warn: Warn): string | undefined {
  if (value === null || value.trim() === '') return undefined;
  const domain = value.trim().toLowerCase();
  const bare = domain.replace(/^\./, '');
  const host = hostname.toLowerCase();
  if (HOSTNAME.test(domain) && (host === bare || host.endsWith(`.${bare}`))) return domain;
  warn(rejected('cookie-domain', value, `this page's host "${host}" or one of its parent domains, such as ".${host.split('.').slice(-2).join('.')}"`, 'a cookie for the current host only'));
  return undefined;
}

/** `policy-url`: an http(s) or relative URL. Script-bearing schemes are refused. */
export function parsePolicyUrl(value: string | null, baseUrl: string, warn: Warn): string | undefined {
  if (value === null || value.trim() === '') return undefined;
  const url = safeUrl(value, baseUrl);
  if (url) return url;
  warn(rejected('policy-url', value, 'an http(s) or relative URL', 'no policy link'));
  return undefined;
}

/** Resolves `value` against `baseUrl` and returns it only when it is http(s); else undefined. */
export function safeUrl(value: string, baseUrl: string): string | undefined {
  try {
    const url = new URL(value.trim(), baseUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** `lang`: a BCP 47 language tag, canonicalised (`pt-br` → `pt-BR`); undefined when absent or invalid. */
export function parseLanguage(name: string, value: string | null | undefined, warn?: Warn): string | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const tag = canonicalLanguage(value.trim());
  if (tag) return tag;
  warn?.(rejected(name, value, 'a BCP 47 language tag such as "en" or "pt-BR"', 'the next source of the language'));
  return undefined;
}

/** Canonical form of a BCP 47 tag, or undefined when the tag is not well formed. */
export function canonicalLanguage(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** `country`: an ISO 3166-1 alpha-2 code, upper-cased; undefined when absent or invalid. */
export function parseCountry(name: string, value: string | null | undefined, warn?: Warn): string | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const code = value.trim();
  if (COUNTRY.test(code)) return code.toUpperCase();
  warn?.(rejected(name, value, 'an ISO 3166-1 alpha-2 country code such as "CY"', 'the next source of the country'));
  return undefined;
}
