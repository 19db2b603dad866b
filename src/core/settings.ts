/**
 * Why this exists: every setting reaches us as an untrusted string (an HTML
 * attribute) or an untyped value. Each setting here is a small spec — what it
 * accepts, its default — read through one function that, for anything not
 * accepted, warns once (naming the setting, the value and what is accepted)
 * and returns the safe default. Nothing here throws.
 */
import { quote, type Warn } from './warnings.js';

export const DEFAULT_REVISION = 1;
export const DEFAULT_EXPIRES_DAYS = 182;
export const MAX_EXPIRES_DAYS = 395;
export const DEFAULT_COOKIE_NAME = 'cc_consent';
const MAX_REVISION = 2_147_483_647;

/** How one setting is read. */
export interface SettingSpec<T> {
  /** What is accepted, for the warning ("a whole number from 1 to 395"). */
  readonly accepted: string;
  readonly fallback: T;
  /** How the warning names the fallback; defaults to the fallback value itself. */
  readonly fallbackText?: string;
  /** Returns the value, or undefined when `raw` is not accepted. */
  parse(raw: string): T | undefined;
}

/**
 * Reads one setting: absent (null, or blank where `blankIsAbsent`) gives the
 * fallback silently; a value the spec refuses gives one warning and the fallback.
 */
export function readSetting<T>(name: string, raw: string | null | undefined, spec: SettingSpec<T>, warn?: Warn): T {
  if (raw === null || raw === undefined) return spec.fallback;
  const value = spec.parse(raw.trim());
  if (value !== undefined) return value;
  warn?.(`Ignoring ${name}=${quote(raw)}: expected ${spec.accepted}. Using ${spec.fallbackText ?? quote(spec.fallback)}.`);
  return spec.fallback;
}

const wholeNumber = (min: number, max: number, fallback: number): SettingSpec<number> => ({
  accepted: `a whole number from ${String(min)} to ${String(max)}`,
  fallback,
  parse: (raw) => {
    const number = /^\d{1,10}$/.test(raw) ? Number(raw) : -1;
    return number >= min && number <= max ? number : undefined;
  },
});

/** `revision`: the policy revision (default 1). */
export const REVISION = wholeNumber(0, MAX_REVISION, DEFAULT_REVISION);

/** `expires-days`: how long a decision lasts (default 182). */
export const EXPIRES_DAYS = wholeNumber(1, MAX_EXPIRES_DAYS, DEFAULT_EXPIRES_DAYS);

/** `cookie-name`: an RFC 6265 token of at most 64 characters (default `cc_consent`). */
export const COOKIE_NAME: SettingSpec<string> = {
  accepted: "1 to 64 letters, digits or !#$%&'*+-.^_`|~",
  fallback: DEFAULT_COOKIE_NAME,
  parse: (raw) => (/^[\w!#$%&'*+.^`|~-]{1,64}$/.test(raw) ? raw : undefined),
};

/**
 * `cookie-domain`: the page's host or one of its parent domains, e.g.
 * `.example.com`. A domain the browser would refuse would make the banner ask
 * on every page, so anything else falls back to a host-only cookie.
 */
export const cookieDomainSpec = (hostname: string): SettingSpec<string | undefined> => ({
  accepted: `"${hostname}" or one of its parent domains`,
  fallback: undefined,
  fallbackText: 'the current host',
  parse: (raw) => {
    const domain = raw.toLowerCase();
    const bare = domain.replace(/^\./, '');
    const host = hostname.toLowerCase();
    return /^\.?[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(domain) && (host === bare || host.endsWith(`.${bare}`)) ? domain : undefined;
  },
});

/** Resolves `value` against `baseUrl` and returns it only when it is http(s); else undefined. */
export function safeUrl(value: string, baseUrl: string): string | undefined {
  try {
    const url = new URL(value.trim(), baseUrl);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** `policy-url`: an http(s) or relative URL; script-bearing schemes are refused. */
export const policyUrlSpec = (baseUrl: string): SettingSpec<string | undefined> => ({
  accepted: 'an http(s) or relative URL',
  fallback: undefined,
  fallbackText: 'no link',
  parse: (raw) => safeUrl(raw, baseUrl),
});

/** Canonical form of a BCP 47 tag (`pt-br` → `pt-BR`), or undefined when it is not well formed. */
export function canonicalLanguage(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** `lang`: a BCP 47 language tag; when refused, the next source of the language applies. */
export const LANGUAGE: SettingSpec<string | undefined> = {
  accepted: 'a BCP 47 language tag such as "pt-BR"',
  fallback: undefined,
  fallbackText: 'the next source',
  parse: canonicalLanguage,
};

/** `country`: an ISO 3166-1 alpha-2 code, upper-cased; when refused, the next source applies. */
export const COUNTRY: SettingSpec<string | undefined> = {
  accepted: 'an ISO 3166-1 alpha-2 code such as "CY"',
  fallback: undefined,
  fallbackText: 'the next source',
  parse: (raw) => (/^[a-z]{2}$/i.test(raw) ? raw.toUpperCase() : undefined),
};

/** A value from a fixed list, e.g. `theme`. */
export const oneOf = <T extends string>(values: readonly [T, ...T[]]): SettingSpec<T> => ({
  accepted: `one of ${values.join(', ')}`,
  fallback: values[0],
  parse: (raw) => values.find((value) => value === raw),
});

/** Where an empty value means "not set" (a blank `lang=""` falls through to the next source). */
const blankAsAbsent = (value: string | null | undefined): string | null =>
  value === null || value === undefined || value.trim() === '' ? null : value;

// Named parsers, for sites using the core directly.
export const parseRevision = (value: string | null, warn?: Warn): number => readSetting('revision', value, REVISION, warn);
export const parseExpiresDays = (value: string | null, warn?: Warn): number => readSetting('expires-days', value, EXPIRES_DAYS, warn);
export const parseCookieName = (value: string | null, warn?: Warn): string => readSetting('cookie-name', value, COOKIE_NAME, warn);
export const parseCookieDomain = (value: string | null, hostname: string, warn?: Warn): string | undefined =>
  readSetting('cookie-domain', blankAsAbsent(value), cookieDomainSpec(hostname), warn);
export const parsePolicyUrl = (value: string | null, baseUrl: string, warn?: Warn): string | undefined =>
  readSetting('policy-url', blankAsAbsent(value), policyUrlSpec(baseUrl), warn);
export const parseLanguage = (name: string, value: string | null | undefined, warn?: Warn): string | undefined =>
  readSetting(name, blankAsAbsent(value), LANGUAGE, warn);
export const parseCountry = (name: string, value: string | null | undefined, warn?: Warn): string | undefined =>
  readSetting(name, blankAsAbsent(value), COUNTRY, warn);
