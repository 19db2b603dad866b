/**
 * Why this exists: the record carries the visitor's language and country, and
 * the contract fixes where each comes from, in order. Keeping that order in one
 * pure function makes it testable without changing the browser's settings.
 */
import { canonicalLanguage } from './settings.js';

/** The sources of the visitor's language and country, most authoritative first. */
export interface LocaleSources {
  /** What the stored record says (the visitor's own choice). */
  readonly stored?: { readonly language?: string | undefined; readonly country?: string | undefined } | null | undefined;
  /** The element's `lang` attribute, already validated. */
  readonly langAttribute?: string | undefined;
  /** The element's `country` attribute (e.g. from server-side geolocation), already validated. */
  readonly countryAttribute?: string | undefined;
  /** `<html lang>`. */
  readonly documentLanguage?: string | undefined;
  /** `navigator.languages`. */
  readonly browserLanguages?: readonly string[] | undefined;
}

/** Language: stored choice, `lang` attribute, `<html lang>`, the browser's languages, then `en`. */
export function resolveLanguage(sources: LocaleSources): string {
  const candidates = [
    sources.stored?.language,
    sources.langAttribute,
    sources.documentLanguage,
    ...(sources.browserLanguages ?? []),
  ];
  for (const candidate of candidates) {
    const tag = candidate ? canonicalLanguage(candidate) : undefined;
    if (tag) return tag;
  }
  return 'en';
}

/**
 * Country: stored choice, `country` attribute, then the region of the first
 * browser language that names one (`de-AT` → `AT`); null when none does.
 */
export function resolveCountry(sources: LocaleSources): string | null {
  const direct = sources.stored?.country ?? sources.countryAttribute;
  if (direct) return direct;
  for (const language of sources.browserLanguages ?? []) {
    const region = regionOf(language);
    if (region) return region;
  }
  return null;
}

/** The alpha-2 region subtag of a language tag, if it has one (numeric regions such as `419` are not countries). */
function regionOf(tag: string): string | undefined {
  try {
    const region = new Intl.Locale(tag).region;
    return region && /^[A-Z]{2}$/.test(region) ? region : undefined;
  } catch {
    return undefined;
  }
}
