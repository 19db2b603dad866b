/**
 * Why this exists: the record carries the visitor's language and country, and
 * the contract fixes where each comes from, in order. Keeping that order in one
 * pure function makes it testable without changing the browser's settings.
 */
import { canonicalLanguage } from './settings.js';

/** The sources of the visitor's language and country, most authoritative first. */
export interface LocaleSources {
  /** What the stored record says, and whether the visitor picked it (a pick wins over every other source). */
  readonly stored?:
    | {
        readonly language?: string | undefined;
        readonly country?: string | undefined;
        readonly chosen?: { readonly country?: boolean; readonly language?: boolean } | undefined;
      }
    | null
    | undefined;
  /** The element's `lang` attribute, already validated. */
  readonly langAttribute?: string | undefined;
  /** The element's `country` attribute (e.g. from server-side geolocation), already validated. */
  readonly countryAttribute?: string | undefined;
  /** `<html lang>`. */
  readonly documentLanguage?: string | undefined;
  /** `navigator.languages`. */
  readonly browserLanguages?: readonly string[] | undefined;
}

/**
 * Language: the visitor's pick, the `lang` attribute, `<html lang>`, the
 * browser's languages, the language stored at the last decision, then `en`.
 */
export function resolveLanguage(sources: LocaleSources): string {
  const { stored } = sources;
  const candidates = [
    stored?.chosen?.language ? stored.language : undefined,
    sources.langAttribute,
    sources.documentLanguage,
    ...(sources.browserLanguages ?? []),
    stored?.language,
  ];
  for (const candidate of candidates) {
    const tag = candidate ? canonicalLanguage(candidate) : undefined;
    if (tag) return tag;
  }
  return 'en';
}

/**
 * Country: the visitor's pick, the `country` attribute (server-side
 * geolocation), the country stored at the last decision, then the region of
 * the first browser language that names one (`de-AT` → `AT`); else null.
 */
export function resolveCountry(sources: LocaleSources): string | null {
  const { stored } = sources;
  if (stored?.chosen?.country) return stored.country ?? null;
  const direct = sources.countryAttribute ?? stored?.country;
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
