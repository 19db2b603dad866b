/**
 * Why this exists: one object owns the visitor's consent for a page — it reads
 * the cookie, applies decisions, persists them, deletes the cookies of a
 * withdrawn category, and tells subscribers what changed. The element is a
 * view over it; a site that draws its own banner uses it directly.
 */
import { DEFAULT_CATEGORIES } from './categories.js';
import {
  allCategories,
  changedCategories,
  choiceIds,
  decide,
  toState,
  validRecord,
  type ConsentPolicy,
  type ConsentRecord,
  type ConsentState,
} from './consent-record.js';
import { readRecord, removeRecord, writeRecord, type CookieLocation } from './cookie-codec.js';
import { deleteMatchingCookies, type CookieMatcher } from './cookie-cleanup.js';
import { resolveCountry, resolveLanguage, type LocaleSources } from './locale.js';
import { randomUuid } from './random-id.js';
import { defaultValues, effectiveMode, type Mode } from './regulation.js';
import { DEFAULT_COOKIE_NAME, DEFAULT_EXPIRES_DAYS, DEFAULT_REVISION } from './settings.js';
import type { Warn } from './warnings.js';

/** Settings of a store; every one optional, with the contract's defaults. */
export interface ConsentStoreOptions {
  /** Optional category ids, in display order (default `analytics`, `marketing`). */
  readonly categories?: readonly string[];
  /** Policy revision (default 1). */
  readonly revision?: number;
  /** Days a decision lasts (default 182). */
  readonly expiresDays?: number;
  /** Name of the consent cookie (default `cc_consent`). */
  readonly cookieName?: string;
  /** `Domain` of the consent cookie, e.g. `.example.com`; host-only when absent. */
  readonly cookieDomain?: string | undefined;
  /** Where the visitor's language and country come from, besides the stored record. */
  readonly locale?: Omit<LocaleSources, 'stored'>;
  /** Service ids per category, e.g. `{ analytics: ['ga4'] }`; each is a choice of its own. */
  readonly services?: Readonly<Record<string, readonly string[]>>;
  /** Cookies each category (or `category/service`) sets, deleted when it is withdrawn. */
  readonly cookies?: Readonly<Record<string, readonly CookieMatcher[]>>;
  /** `opt-in` (default), `opt-out`, or `auto` (opt-in in the EEA, UK, Switzerland and where unknown). */
  readonly mode?: Mode;
  /** The browser sends Global Privacy Control and the site respects it: marketing defaults to off. */
  readonly gpc?: boolean;
  /** Clock, for tests. */
  readonly now?: () => number;
  /** Receives a warning when the browser refuses to store the choice as configured. */
  readonly warn?: Warn;
}

/** The visitor's own pick of language and country (null: "not set"), from the preferences. */
export interface VisitorLocale {
  readonly language?: string;
  readonly country?: string | null;
}

/** Why the state changed. */
export type ChangeCause = 'decision' | 'reset' | 'reload';

/** Called after every change, with the new state and the category ids whose value changed. */
export type ConsentListener = (state: ConsentState, changed: readonly string[], cause: ChangeCause) => void;

/** Ids of categories and services whose value differs between two states. */
const changes = (before: ConsentState, after: ConsentState): string[] =>
  changedCategories({ ...before.categories, ...before.services }, { ...after.categories, ...after.services });

export class ConsentStore {
  #options: ConsentStoreOptions = {};
  #record: ConsentRecord | null = null;
  readonly #listeners = new Set<ConsentListener>();

  constructor(options: ConsentStoreOptions = {}) {
    this.configure(options);
  }

  /** Replaces the settings. Call `load()` afterwards to judge the stored record by them. */
  configure(options: ConsentStoreOptions): void {
    this.#options = options;
  }

  /** The rules records are judged by. */
  get policy(): ConsentPolicy {
    const categories = this.#options.categories ?? DEFAULT_CATEGORIES;
    return {
      categories,
      services: this.#options.services ?? {},
      revision: this.#options.revision ?? DEFAULT_REVISION,
      expiresDays: this.#options.expiresDays ?? DEFAULT_EXPIRES_DAYS,
      defaults: defaultValues(categories, this.mode, this.#options.gpc === true),
    };
  }

  /** True when Global Privacy Control is sent and respected: marketing defaults to off and is never pre-ticked. */
  get gpc(): boolean {
    return this.#options.gpc === true;
  }

  /** `opt-in` or `opt-out` for this visitor (resolving `auto` from their country). */
  get mode(): 'opt-in' | 'opt-out' {
    return effectiveMode(this.#options.mode ?? 'opt-in', resolveCountry(this.#sources));
  }

  get #sources(): LocaleSources {
    return { ...this.#options.locale, stored: this.#record };
  }

  get #location(): CookieLocation {
    return { name: this.cookieName, domain: this.#options.cookieDomain };
  }

  /** The consent cookie's name. */
  get cookieName(): string {
    return this.#options.cookieName ?? DEFAULT_COOKIE_NAME;
  }

  #now(): number {
    return this.#options.now?.() ?? Date.now();
  }

  /** The current consent. */
  get state(): ConsentState {
    const sources = this.#sources;
    return toState(this.#record, this.policy, { country: resolveCountry(sources), language: resolveLanguage(sources) });
  }

  /** True when `id` — a category, or `category/service` — is allowed now (`necessary` always is; unknown ids never are). */
  has(id: string): boolean {
    const { categories, services } = this.state;
    const map = id.includes('/') ? services : categories;
    return Object.hasOwn(map, id) && map[id] === true;
  }

  /**
   * (Re-)reads the consent cookie. A record that is unreadable, of another
   * revision or expired counts as no choice. Notifies subscribers when this
   * changes what is allowed.
   */
  load(): ConsentState {
    const before = this.state;
    this.#record = validRecord(readRecord(this.#location), this.policy, this.#now());
    const state = this.state;
    const changed = changes(before, state);
    if (changed.length > 0) this.#notify(state, changed, 'reload');
    return state;
  }

  /** Allows every optional category. */
  acceptAll(): ConsentState {
    return this.set(allCategories(this.policy, true));
  }

  /** Refuses every optional category. */
  rejectAll(): ConsentState {
    return this.set(allCategories(this.policy, false));
  }

  /**
   * Records a decision. Omitted categories keep their value; unknown ids and
   * `necessary` are ignored. Cookies of withdrawn categories are deleted.
   * Subscribers are told even when nothing changed value, because a decision
   * was still made (and recorded); `changed` is then empty.
   */
  set(choices: Readonly<Record<string, boolean>>, locale: VisitorLocale = {}): ConsentState {
    const before = this.state;
    const sources = this.#sources;
    const earlier = this.#record?.chosen;
    this.#record = decide(this.#record, choices, {
      policy: this.policy,
      now: this.#now(),
      country: locale.country !== undefined ? locale.country : resolveCountry(sources),
      language: locale.language ?? resolveLanguage(sources),
      chosen: { country: locale.country !== undefined || earlier?.country === true, language: locale.language !== undefined || earlier?.language === true },
      newId: randomUuid,
    });
    this.#persist(this.#record);
    const state = this.state;
    const changed = changes(before, state);
    this.#deleteWithdrawn(changed.filter((id) => !this.has(id)));
    this.#notify(state, changed, 'decision');
    return state;
  }

  /**
   * Forgets the decision: deletes the consent cookie and the declared cookies
   * of every optional category. Necessary cookies (a login session, say) stay.
   */
  reset(): ConsentState {
    const before = this.state;
    this.#record = null;
    removeRecord(this.#location);
    this.#deleteWithdrawn([...this.policy.categories, ...choiceIds(this.policy)]);
    const state = this.state;
    this.#notify(state, changes(before, state), 'reset');
    return state;
  }

  /** Subscribes to changes; returns the unsubscribe function. */
  subscribe(listener: ConsentListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Stores the record. When the browser refuses it, the choice still holds for
   * this page, so the visitor is not asked in a loop; a refused `Domain` (a
   * public suffix, another site) falls back to a host-only cookie.
   */
  #persist(record: ConsentRecord): void {
    const where = this.#location;
    if (writeRecord(where, record) || where.domain === undefined) return;
    if (writeRecord({ name: where.name }, record)) {
      this.#options.warn?.(`The browser refused the consent cookie for cookie-domain="${where.domain}"; it was stored for this host only.`);
    }
  }

  #deleteWithdrawn(categories: readonly string[]): void {
    const declared = this.#options.cookies ?? {};
    const matchers = categories.flatMap((id) => (Object.hasOwn(declared, id) ? declared[id] ?? [] : []));
    if (matchers.length > 0 && typeof location !== 'undefined') deleteMatchingCookies(matchers, location);
  }

  #notify(state: ConsentState, changed: readonly string[], cause: ChangeCause): void {
    for (const listener of [...this.#listeners]) listener(state, changed, cause);
  }
}
