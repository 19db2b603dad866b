/**
 * Why this exists: the consent record is the one fact the whole product turns
 * on. This module says what a record holds, when a stored record still counts
 * (same policy revision, not expired, the same categories asked about) and how
 * a decision turns into a new record. It is pure: time and ids come in as
 * arguments, so every rule is testable without a browser clock.
 */
import { NECESSARY } from './categories.js';

/** What the consent cookie stores. Timestamps are milliseconds since the epoch. */
export interface ConsentRecord {
  /** Random anonymous UUID v4; the same for the life of the record. */
  readonly id: string;
  /** Policy revision the visitor decided on. */
  readonly revision: number;
  /**
   * The visitor's answer per choice: an optional category id, or
   * `category/service` for each service of a category that has services
   * (such a category's own value is derived from them). Never `necessary`.
   */
  readonly categories: Readonly<Record<string, boolean>>;
  /** ISO 3166-1 alpha-2 country, upper case, when known. */
  readonly country?: string | undefined;
  /** BCP 47 language tag, when known. */
  readonly language?: string | undefined;
  /** Which of the two the visitor picked in the preferences (rather than us deriving it). */
  readonly chosen?: { readonly country?: boolean; readonly language?: boolean } | undefined;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly expiresAt: number;
}

/** The consent as the host page sees it: `detail` of every event and the `consent` property. */
export interface ConsentState {
  /** The random anonymous ID, or `null` before the first decision. */
  readonly id: string | null;
  /** True once the visitor has decided on every current category under the current revision. */
  readonly decided: boolean;
  /** Every category id, `necessary` included, mapped to whether it is allowed now. */
  readonly categories: Readonly<Record<string, boolean>>;
  /** Every service, as `category/service`, mapped to whether it is allowed now. */
  readonly services: Readonly<Record<string, boolean>>;
  /** The policy revision in force. */
  readonly revision: number;
  /** ISO 3166-1 alpha-2 country, or `null` when unknown. */
  readonly country: string | null;
  /** BCP 47 language tag of the visitor. */
  readonly language: string | null;
  /** ISO timestamps of the record, or `null` before the first decision. */
  readonly createdAt: string | null;
  readonly updatedAt: string | null;
  readonly expiresAt: string | null;
}

/** The site's rules a record is judged against. */
export interface ConsentPolicy {
  /** Optional category ids, in display order. */
  readonly categories: readonly string[];
  /** Service ids per category that has services, e.g. `{ analytics: ['ga4'] }`. */
  readonly services?: Readonly<Record<string, readonly string[]>>;
  /** Values before the visitor decides (opt-out mode, Global Privacy Control); absent means off. */
  readonly defaults?: Readonly<Record<string, boolean>>;
  /** Current policy revision. */
  readonly revision: number;
  /** How long a decision lasts, in days. */
  readonly expiresDays: number;
}

const DAY_MS = 86_400_000;

/** Clock skew we tolerate between the visitor's past and present page views. */
const CLOCK_SKEW_MS = DAY_MS;

/**
 * Returns the stored record when it still counts under `policy` at `now`:
 * made under the current revision, not past its own expiry, not older than
 * the site's current `expiresDays` (so shortening the lifetime applies to old
 * records too, and a tampered far-future expiry buys nothing), and not dated
 * in the future. Otherwise null, so the visitor is asked again.
 */
export function validRecord(record: ConsentRecord | null, policy: ConsentPolicy, now: number): ConsentRecord | null {
  if (!record) return null;
  if (record.revision !== policy.revision) return null;
  if (record.expiresAt <= now) return null;
  if (record.updatedAt + policy.expiresDays * DAY_MS <= now) return null;
  if (record.updatedAt > now + CLOCK_SKEW_MS) return null;
  return record;
}

/** Own boolean of a map, so a missing id never reads `Object.prototype` (`constructor`). */
const own = (map: Readonly<Record<string, boolean>> | undefined, id: string): boolean | undefined =>
  map && Object.hasOwn(map, id) ? map[id] : undefined;

/** The services of a category (`category/service` ids), or none. */
export function servicesOf(policy: ConsentPolicy, category: string): string[] {
  const services = policy.services && Object.hasOwn(policy.services, category) ? policy.services[category] : undefined;
  return services?.map((service) => `${category}/${service}`) ?? [];
}

/** What the visitor answers: each category without services, and each service of the others. */
export function choiceIds(policy: ConsentPolicy): string[] {
  return policy.categories.flatMap((id) => {
    const services = servicesOf(policy, id);
    return services.length > 0 ? services : [id];
  });
}

/** True when the record answers every choice the site asks about now. */
export function coversAllCategories(record: ConsentRecord, policy: ConsentPolicy): boolean {
  return choiceIds(policy).every((id) => Object.hasOwn(record.categories, id));
}

/** The value of every choice: the record's answer, else the default (off unless opt-out). */
export function choiceValues(record: ConsentRecord | null, policy: ConsentPolicy): Record<string, boolean> {
  const values: Record<string, boolean> = {};
  for (const id of choiceIds(policy)) {
    const category = id.split('/')[0] ?? id;
    values[id] = own(record?.categories, id) ?? own(policy.defaults, id) ?? own(policy.defaults, category) ?? false;
  }
  return values;
}

/** Every category, `necessary` first; a category with services is allowed when any of them is. */
export function categoryValues(record: ConsentRecord | null, policy: ConsentPolicy): Record<string, boolean> {
  const choices = choiceValues(record, policy);
  const values: Record<string, boolean> = { [NECESSARY]: true };
  for (const id of policy.categories) {
    const services = servicesOf(policy, id);
    values[id] = services.length > 0 ? services.some((service) => choices[service] === true) : choices[id] === true;
  }
  return values;
}

/** Builds the public state from a record that already passed `validRecord` (or null). */
export function toState(
  record: ConsentRecord | null,
  policy: ConsentPolicy,
  locale: { country: string | null; language: string | null },
): ConsentState {
  const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());
  return {
    id: record?.id ?? null,
    decided: record !== null && coversAllCategories(record, policy),
    categories: categoryValues(record, policy),
    services: Object.fromEntries(Object.entries(choiceValues(record, policy)).filter(([id]) => id.includes('/'))),
    revision: policy.revision,
    country: locale.country,
    language: locale.language,
    createdAt: iso(record?.createdAt),
    updatedAt: iso(record?.updatedAt),
    expiresAt: iso(record?.expiresAt),
  };
}

/** Everything a decision needs besides the choices themselves. */
export interface DecisionContext {
  readonly policy: ConsentPolicy;
  readonly now: number;
  readonly country: string | null;
  readonly language: string | null;
  /** Which of country and language the visitor picked (they then win over every other source). */
  readonly chosen?: { readonly country?: boolean; readonly language?: boolean };
  /** Supplies a fresh ID when there is no current record to keep. */
  readonly newId: () => string;
}

/**
 * Applies `choices` to the current values. A choice is keyed by a category id
 * (which also sets every service of that category) or by `category/service`.
 * Ids the site does not offer, and non-boolean values, are ignored; choices
 * not given keep their current value (the record's, else the default), so a
 * decision always answers everything. The ID and creation time survive; the
 * expiry is renewed from `now`.
 */
export function decide(
  current: ConsentRecord | null,
  choices: Readonly<Record<string, boolean>>,
  context: DecisionContext,
): ConsentRecord {
  const { policy, now } = context;
  const categories = choiceValues(current, policy);
  for (const id of Object.keys(categories)) {
    const chosen = own(choices, id) ?? own(choices, id.split('/')[0] ?? id);
    if (typeof chosen === 'boolean') categories[id] = chosen;
  }
  return {
    id: current?.id ?? context.newId(),
    revision: policy.revision,
    categories,
    country: context.country ?? undefined,
    language: context.language ?? undefined,
    ...(context.chosen?.country || context.chosen?.language ? { chosen: context.chosen } : {}),
    createdAt: current?.createdAt ?? now,
    updatedAt: now,
    expiresAt: now + policy.expiresDays * DAY_MS,
  };
}

/** Category ids (necessary included) whose value differs between two states. */
export function changedCategories(before: Readonly<Record<string, boolean>>, after: Readonly<Record<string, boolean>>): string[] {
  const ids = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...ids].filter((id) => (before[id] === true) !== (after[id] === true));
}

/** Every optional category (and so every service) set to `value`: the shape of "Accept all" and "Reject all". */
export function allCategories(policy: ConsentPolicy, value: boolean): Record<string, boolean> {
  return Object.fromEntries(policy.categories.map((id) => [id, value]));
}
