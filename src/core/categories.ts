/**
 * Why this exists: category ids are the shared vocabulary between the
 * attribute, the cookie, `data-consent` markup and the API. One definition of
 * what a valid id is keeps all of them in agreement.
 */
import { quote, type Warn } from './warnings.js';

/** The category that is always on and cannot be switched off. */
export const NECESSARY = 'necessary';

/** Optional categories offered when the site names none. */
export const DEFAULT_CATEGORIES: readonly string[] = ['analytics', 'marketing'];

/** Longest id we accept; keeps the consent cookie well under its 512-byte promise. */
const MAX_ID_LENGTH = 32;
/** Most optional categories we accept, for the same reason. */
export const MAX_CATEGORIES = 12;
/** Most characters all category ids may have together, for the same reason. */
export const MAX_TOTAL_ID_LENGTH = 160;

const CATEGORY_ID = /^[a-z][a-z0-9-]*$/;

/** True for a syntactically valid category id (`[a-z][a-z0-9-]*`, at most 32 characters). */
export function isCategoryId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_ID_LENGTH && CATEGORY_ID.test(value);
}

/** True for a category id or a `category/service` id, the keys of a stored choice. */
export function isChoiceId(value: string): boolean {
  const [category, service, extra] = value.split('/');
  return extra === undefined && isCategoryId(category) && (service === undefined || isCategoryId(service));
}

/**
 * Parses the space-separated `categories` attribute into the optional category
 * ids, in order and without duplicates. Invalid ids are dropped with a warning;
 * `necessary` is implied and dropped silently. A value with no valid id at all
 * falls back to the default list.
 */
export function parseCategoryList(value: string | null, warn: Warn): string[] {
  if (value === null) return [...DEFAULT_CATEGORIES];
  const ids: string[] = [];
  const rejected: string[] = [];
  for (const token of value.split(/\s+/).filter(Boolean)) {
    if (token === NECESSARY || ids.includes(token)) continue;
    const total = ids.reduce((sum, id) => sum + id.length, token.length);
    if (isCategoryId(token) && ids.length < MAX_CATEGORIES && total <= MAX_TOTAL_ID_LENGTH) ids.push(token);
    else rejected.push(token);
  }
  const accepted = `expected ids such as "analytics marketing" (lowercase letters, digits and "-"; at most ${String(MAX_CATEGORIES)} ids of up to ${String(MAX_ID_LENGTH)} characters, ${String(MAX_TOTAL_ID_LENGTH)} in all)`;
  if (ids.length === 0 && rejected.length > 0) {
    warn(`Ignoring categories=${quote(value)}: ${accepted}. Using "${DEFAULT_CATEGORIES.join(' ')}".`);
    return [...DEFAULT_CATEGORIES];
  }
  for (const token of rejected) warn(`Ignoring ${quote(token)} in categories=${quote(value)}: ${accepted}.`);
  return ids;
}

/** Splits a `data-consent` value into category ids (unknown syntax is kept, so it never matches). */
export function splitCategoryList(value: string): string[] {
  return value.split(/\s+/).filter(Boolean);
}
