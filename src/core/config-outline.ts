/**
 * Why this exists: gating and clean-up need only the skeleton of the JSON
 * config — which categories and services exist, which cookies each sets, the
 * Consent Mode map, the text of each translation — and need it at start-up,
 * before anything renders. This
 * reader takes exactly that, silently skipping whatever is malformed. The full
 * validator (`config.ts`, with a warning per problem, and the labels and cookie
 * descriptions the preferences show) ships in the on-demand extras, so the
 * script every visitor downloads stays small.
 */
import { isCategoryId } from './categories.js';
import { isObject } from './json-guards.js';
import { toCookieMatcher, type CookieMatcher } from './cookie-cleanup.js';
import { canonicalLanguage } from './settings.js';

/** What the page needs of the config at start-up. */
export interface ConfigOutline {
  /** Category ids, in the config's order. */
  readonly categories: readonly string[];
  /** Service ids per category that has services. */
  readonly services: Readonly<Record<string, readonly string[]>>;
  /** Declared cookies per category and per `category/service`. */
  readonly cookies: Readonly<Record<string, readonly CookieMatcher[]>>;
  /** Google Consent Mode signals per category, when the config maps them. */
  readonly consentMode?: Readonly<Record<string, readonly string[]>>;
  /** UI strings per language tag (text values only). */
  readonly translations: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** Own entries with a valid id and an object value. */
const idEntries = (value: unknown): [string, Record<string, unknown>][] =>
  isObject(value) ? Object.entries(value).filter((entry): entry is [string, Record<string, unknown>] => isCategoryId(entry[0]) && isObject(entry[1])) : [];

/** The matchers of a `cookies` list: names, `/regex/` strings, or objects with such a `name`. */
function matchers(value: unknown): CookieMatcher[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    const name = isObject(entry) ? entry.name : entry;
    const matcher = typeof name === 'string' && name !== '' ? toCookieMatcher(name) : undefined;
    return matcher ? [matcher] : [];
  });
}

/** Reads the outline of a config value; never throws, never warns. */
export function outlineConfig(value: unknown): ConfigOutline {
  const root = isObject(value) ? value : {};
  const categories: string[] = [];
  const services: Record<string, string[]> = {};
  const cookies: Record<string, CookieMatcher[]> = {};
  for (const [id, category] of idEntries(root.categories)) {
    categories.push(id);
    cookies[id] = matchers(category.cookies);
    const own = idEntries(category.services);
    if (own.length > 0) services[id] = own.map(([service]) => service);
    for (const [service, fields] of own) cookies[`${id}/${service}`] = matchers(fields.cookies);
  }
  const translations: Record<string, Record<string, string>> = {};
  if (isObject(root.translations)) {
    for (const [language, strings] of Object.entries(root.translations)) {
      // Keys are language tags: "__proto__" and the like are never one.
      if (isObject(strings) && canonicalLanguage(language)) {
        translations[language] = Object.fromEntries(Object.entries(strings).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
      }
    }
  }
  const outline: { -readonly [K in keyof ConfigOutline]: ConfigOutline[K] } = { categories, services, cookies, translations };
  if (isObject(root.consentMode)) {
    outline.consentMode = Object.fromEntries(
      Object.entries(root.consentMode).filter((entry): entry is [string, string[]] => isCategoryId(entry[0]) && Array.isArray(entry[1]) && entry[1].every((signal) => typeof signal === 'string')),
    );
  }
  return outline;
}

/** Parses config JSON text; malformed JSON gives `undefined` (the full validator reports it). */
export function readConfigJson(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}
