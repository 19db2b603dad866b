/**
 * Why this exists: the richer settings — labels, descriptions, the cookies
 * each category and service sets, per-language strings — come as JSON that
 * the site owner writes by hand. This module turns that untrusted value into a
 * normalised, typed config. Anything it cannot use gives one warning naming
 * where it was found (`config.categories.analytics.cookies[1]`) and what is
 * accepted, and is left out. It never throws, and builds only own, validated
 * keys, so `__proto__` and friends cannot reach an object's prototype.
 */
import { isCategoryId } from './categories.js';
import { isObject } from './json-guards.js';
import { canonicalLanguage } from './settings.js';
import { toCookieMatcher, type CookieMatcher } from './cookie-cleanup.js';
import { quote, type Warn } from './warnings.js';

/** A cookie entry as written: a name, a `/regex/` string, or an object with `name` (either form). */
export type CookieEntryInput = string | { name: string; domain?: string; purpose?: string; duration?: string };

/** A service inside a category, as written in the config. */
export interface ServiceInput {
  label?: string;
  description?: string;
  cookies?: CookieEntryInput[];
}

/** A category, as written in the config. */
export interface CategoryInput {
  label?: string;
  description?: string;
  /** Pre-ticks the switch in the preferences (never a grant by itself). Regulators fault it in opt-in mode. */
  enabled?: boolean;
  cookies?: CookieEntryInput[];
  services?: Record<string, ServiceInput>;
}

/** The JSON config (child `<script type="application/json">` or the `config` property). Every key is optional. */
export interface CookieConsentConfig {
  categories?: Record<string, CategoryInput>;
  /** UI strings per language, e.g. `{ "de": { "acceptAll": "Alle akzeptieren" } }`. */
  translations?: Record<string, Record<string, string>>;
  /** Google Consent Mode signals each category controls, e.g. `{ "analytics": ["analytics_storage"] }`. */
  consentMode?: Record<string, string[]>;
}

/** A declared cookie, normalised. */
export interface CookieInfo {
  /** As written: `_ga` or `/^_ga_/`. */
  readonly name: string;
  readonly matcher: CookieMatcher;
  readonly domain?: string;
  readonly purpose?: string;
  readonly duration?: string;
}

export interface ServiceInfo {
  readonly id: string;
  readonly label?: string;
  readonly description?: string;
  readonly cookies: readonly CookieInfo[];
}

export interface CategoryInfo {
  readonly id: string;
  readonly label?: string;
  readonly description?: string;
  readonly enabled: boolean;
  readonly cookies: readonly CookieInfo[];
  readonly services: readonly ServiceInfo[];
}

/** The config after validation. */
export interface ConsentConfig {
  readonly categories: readonly CategoryInfo[];
  readonly translations: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly consentMode?: Readonly<Record<string, readonly string[]>>;
}

export const EMPTY_CONFIG: ConsentConfig = { categories: [], translations: {} };

/** Longest text we keep from the config; longer text is cut, so a runaway string cannot bloat the page. */
const MAX_TEXT = 2000;

type Entries = [string, unknown][];

/** Own entries of an object, warning once for every key not in `known`. */
function entries(value: unknown, where: string, known: readonly string[] | null, warn: Warn): Entries {
  if (!isObject(value)) {
    warn(`Ignoring ${where}: expected an object.`);
    return [];
  }
  const result: Entries = [];
  for (const key of Object.keys(value)) {
    if (known && !known.includes(key)) warn(`Ignoring ${where}.${key}: unknown key; expected ${known.join(', ')}.`);
    else result.push([key, value[key]]);
  }
  return result;
}

function text(value: unknown, where: string, warn: Warn): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value.slice(0, MAX_TEXT);
  warn(`Ignoring ${where}: expected text.`);
  return undefined;
}

function cookieList(value: unknown, where: string, warn: Warn): CookieInfo[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    warn(`Ignoring ${where}: expected a list of cookies.`);
    return [];
  }
  const cookies: CookieInfo[] = [];
  value.forEach((entry: unknown, index) => {
    const at = `${where}[${String(index)}]`;
    const fields = typeof entry === 'string' ? { name: entry } : isObject(entry) ? Object.fromEntries(entries(entry, at, ['name', 'domain', 'purpose', 'duration'], warn)) : undefined;
    const name = fields?.name;
    const matcher = typeof name === 'string' && name !== '' ? toCookieMatcher(name) : undefined;
    if (!fields || typeof name !== 'string' || !matcher) {
      warn(`Ignoring ${at}: expected a cookie name, a "/regex/" or { "name", "domain", "purpose", "duration" }.`);
      return;
    }
    const cookie: { -readonly [K in keyof CookieInfo]: CookieInfo[K] } = { name, matcher };
    for (const key of ['domain', 'purpose', 'duration'] as const) {
      const value = text(fields[key], `${at}.${key}`, warn);
      if (value !== undefined) cookie[key] = value;
    }
    cookies.push(cookie);
  });
  return cookies;
}

function service(id: string, value: unknown, where: string, warn: Warn): ServiceInfo {
  const fields = Object.fromEntries(entries(value, where, ['label', 'description', 'cookies'], warn));
  return withText({ id, cookies: cookieList(fields.cookies, `${where}.cookies`, warn) }, fields, where, warn);
}

function category(id: string, value: unknown, where: string, warn: Warn): CategoryInfo {
  const fields = Object.fromEntries(entries(value, where, ['label', 'description', 'enabled', 'cookies', 'services'], warn));
  const enabled = fields.enabled;
  if (enabled !== undefined && typeof enabled !== 'boolean') warn(`Ignoring ${where}.enabled: expected true or false.`);
  const services = fields.services === undefined ? [] : validIds(entries(fields.services, `${where}.services`, null, warn), `${where}.services`, warn);
  return withText(
    {
      id,
      enabled: enabled === true,
      cookies: cookieList(fields.cookies, `${where}.cookies`, warn),
      services: services.flatMap(([key, input]) => (isObject(input) ? [service(key, input, `${where}.services.${key}`, warn)] : (warn(`Ignoring ${where}.services.${key}: expected an object.`), []))),
    },
    fields,
    where,
    warn,
  );
}

/** Adds `label` and `description` when they are text. */
function withText<T extends object>(target: T, fields: Record<string, unknown>, where: string, warn: Warn): T & { label?: string; description?: string } {
  const result: T & { label?: string; description?: string } = target;
  const label = text(fields.label, `${where}.label`, warn);
  const description = text(fields.description, `${where}.description`, warn);
  if (label !== undefined) result.label = label;
  if (description !== undefined) result.description = description;
  return result;
}

/** Keeps the entries whose key is a valid id. */
function validIds(list: Entries, where: string, warn: Warn): Entries {
  return list.filter(([key]) => {
    if (isCategoryId(key)) return true;
    warn(`Ignoring ${where}.${quote(key)}: ids are lowercase letters, digits and "-", starting with a letter.`);
    return false;
  });
}

/** Validates a config value (already parsed from JSON, or set as a property). */
export function parseConfig(value: unknown, where: string, warn: Warn, stringKeys: readonly string[] = []): ConsentConfig {
  if (value === undefined || value === null) return EMPTY_CONFIG;
  const fields = Object.fromEntries(entries(value, where, ['categories', 'translations', 'consentMode'], warn));
  const categories = fields.categories === undefined ? [] : validIds(entries(fields.categories, `${where}.categories`, null, warn), `${where}.categories`, warn);
  const translations: Record<string, Record<string, string>> = {};
  if (fields.translations !== undefined) {
    for (const [language, strings] of entries(fields.translations, `${where}.translations`, null, warn)) {
      const at = `${where}.translations.${language}`;
      // Keys are language tags; anything else ("__proto__" included) is refused.
      if (!canonicalLanguage(language)) {
        warn(`Ignoring ${at}: expected a BCP 47 language tag such as "de" or "pt-BR".`);
        continue;
      }
      const kept: Record<string, string> = {};
      for (const [key, string] of entries(strings, at, stringKeys.length > 0 ? stringKeys : null, warn)) {
        const value = text(string, `${at}.${key}`, warn);
        if (value !== undefined) kept[key] = value;
      }
      translations[language] = kept;
    }
  }
  const config: { -readonly [K in keyof ConsentConfig]: ConsentConfig[K] } = {
    categories: categories.flatMap(([id, input]) => (isObject(input) ? [category(id, input, `${where}.categories.${id}`, warn)] : (warn(`Ignoring ${where}.categories.${id}: expected an object.`), []))),
    translations,
  };
  if (fields.consentMode !== undefined) {
    const map: Record<string, string[]> = {};
    for (const [id, signals] of validIds(entries(fields.consentMode, `${where}.consentMode`, null, warn), `${where}.consentMode`, warn)) {
      if (Array.isArray(signals) && signals.every((signal) => typeof signal === 'string')) map[id] = signals;
      else warn(`Ignoring ${where}.consentMode.${id}: expected a list of Consent Mode signals such as ["analytics_storage"].`);
    }
    config.consentMode = map;
  }
  return config;
}

/** Parses the JSON text of a child `<script type="application/json">`. */
export function parseConfigJson(json: string, warn: Warn, stringKeys?: readonly string[]): ConsentConfig {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    warn(`Ignoring the config in <script type="application/json">: it is not valid JSON (${String(error).slice(0, 120)}).`);
    return EMPTY_CONFIG;
  }
  return parseConfig(value, 'config', warn, stringKeys);
}
