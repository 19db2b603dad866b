/**
 * Why this exists: the bridge between the consent model and the element. It
 * turns attributes into validated settings, owns the store and the gate,
 * decides which view is open, and turns all of that into the contract's
 * events. The element itself only draws.
 *
 * Start-up order matters: on connect the cookie is read and allowed gated
 * markup is released synchronously, before Lit renders anything, so a
 * returning visitor's scripts never wait for the banner code.
 */
import { NECESSARY, parseCategoryList, splitCategoryList } from '../core/categories.js';
import { isObject } from '../core/json-guards.js';
import { choiceIds, servicesOf, type ConsentState } from '../core/consent-record.js';
import { ConsentStore } from '../core/consent-store.js';
import { outlineConfig, readConfigJson, type ConfigOutline } from '../core/config-outline.js';
import { DEFAULT_SIGNALS, pushConsentDefault, pushConsentUpdate } from '../core/google-consent-mode.js';
import { gpcSignal, MODES } from '../core/regulation.js';
import { ScriptGate } from '../core/script-gate.js';
import {
  COOKIE_NAME,
  COUNTRY,
  EXPIRES_DAYS,
  LANGUAGE,
  REVISION,
  cookieDomainSpec,
  oneOf,
  policyUrlSpec,
  readSetting,
  type SettingSpec,
} from '../core/settings.js';
import { createWarner, quote, type Warn } from '../core/warnings.js';
import { consentEvent, type ConsentEventMap, type ConsentView } from './events.js';

/** Every attribute the element reads; a change to any of them re-applies the settings. */
export const OBSERVED_ATTRIBUTES = [
  'categories',
  'policy-url',
  'revision',
  'expires-days',
  'cookie-name',
  'cookie-domain',
  'lang',
  'country',
  'theme',
  'mode',
  'gpc',
  'google-consent-mode',
  'consent-log-url',
] as const;

const THEME = oneOf(['auto', 'light', 'dark']);
const MODE = oneOf(MODES);
const GPC = oneOf(['respect', 'ignore']);

/** What the controller needs of its element. */
export interface ConsentHost extends HTMLElement {
  /** Schedules a render. */
  requestUpdate(): void;
  /** Opens the preferences (remembering what had focus). */
  showPreferences(): void;
  /** The gate went over gated markup: blocked embeds may need placeholders. */
  gatePassed(): void;
}

export class ConsentController {
  readonly store = new ConsentStore();
  /** The open view, if any. */
  view: ConsentView | null = null;
  /** The validated `policy-url`, if any. */
  policyUrl: string | undefined;
  /** The validated `consent-log-url`, if any. */
  logUrl: string | undefined;
  /** The `config` property as set by the page; it wins over a child JSON script. */
  configProperty: unknown;
  /** The config in force (property, else child JSON), as given; the extras validate it. */
  configSource: { value: unknown; json: string | null } = { value: undefined, json: null };
  /** Its outline: categories, services, cookies, Consent Mode map. */
  outline: ConfigOutline = outlineConfig(undefined);

  readonly #host: ConsentHost;
  /** Prints each distinct warning once, prefixed. */
  readonly warn: Warn = createWarner();
  #gate: ScriptGate | undefined;
  #unsubscribe: (() => void) | undefined;
  #settingsKey = '';
  #configApplied: unknown;
  #readyState: 'waiting' | 'scheduled' | 'fired' = 'waiting';
  /** The state as read at start-up, which `consent-ready` reports even when an API call forces it out early. */
  #readyDetail: ConsentState | undefined;
  /** Events raised at start-up before `consent-ready` went out, replayed right after it. */
  #deferred: Event[] = [];
  /** Tells the site's other tabs that the choice changed, so they re-read the cookie. */
  #channel: BroadcastChannel | undefined;
  /** Consent Mode `default` goes out once per page. */
  #consentModeStarted = false;

  constructor(host: ConsentHost) {
    this.#host = host;
  }

  /** The element was connected: read the cookie, release what is allowed, open the banner if needed. */
  hostConnected(): void {
    // Re-read the cookie on every connect: it may have changed while detached.
    this.#settingsKey = '';
    this.applySettings();
    this.#unsubscribe = this.store.subscribe((state, changed, cause) => {
      this.#consentMode(true);
      this.#gate?.refresh();
      this.#emit('consent-change', { ...state, changed });
      if (cause === 'reload') {
        this.#followState();
      } else {
        this.settle();
        this.#channel?.postMessage(cause);
      }
      // A script cannot be un-run: on request, a withdrawal (here or in another tab) reloads the page.
      if (this.#host.hasAttribute('reload-on-withdraw') && changed.some((id) => !this.store.has(id))) location.reload();
    });
    if (typeof BroadcastChannel === 'function') {
      this.#channel = new BroadcastChannel(`cookie-consent:${this.store.cookieName}`);
      // Another tab decided: re-read the cookie; the banner follows even when no value changed.
      this.#channel.onmessage = () => {
        this.store.load();
        this.#followState();
      };
    }
    document.addEventListener('click', this.#onOpenerClick);
    this.#consentMode(false);
    this.#gate = new ScriptGate((_categories, element) => this.#allows(element), {
      warn: this.warn,
      onPass: () => {
        this.#host.gatePassed();
      },
    });
    this.#gate.start();
    // The banner follows the stored state, which may have changed while detached.
    this.#followState(true);
    this.#scheduleReady();
  }

  /** The element was removed: stop watching the document. */
  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#channel?.close();
    this.#channel = undefined;
    document.removeEventListener('click', this.#onOpenerClick);
    this.#gate?.stop();
    this.#gate = undefined;
  }

  /** Attributes may change at any time; re-validate them before each render. */
  hostUpdate(): void {
    if (this.#host.isConnected) this.applySettings();
  }

  /**
   * The banner shows while the visitor has not decided and hides once they
   * have; the preferences stay open if the visitor (or the host) opened them.
   */
  #followState(atStartUp = false): void {
    if (!this.store.state.decided) {
      if (this.view === null) this.open('banner', atStartUp);
    } else if (this.view === 'banner') {
      this.close();
    }
  }

  /** Opens a view (closing the other one), firing `consent-hide` and `consent-show`. */
  open(view: ConsentView, atStartUp = false): void {
    if (this.view === view) return;
    this.close();
    this.view = view;
    this.#host.requestUpdate();
    this.#emit('consent-show', { ...this.store.state, view }, atStartUp);
  }

  /** Closes the open view, if any. */
  close(): void {
    const view = this.view;
    if (view === null) return;
    this.view = null;
    this.#host.requestUpdate();
    this.#emit('consent-hide', { ...this.store.state, view });
  }

  /** After a decision the views close; without one, closing the preferences returns to the banner. */
  settle(): void {
    if (this.store.state.decided) this.close();
    else this.open('banner');
  }

  /**
   * Checks what `setConsent()` was given: an object of category (or
   * `category/service`) ids to booleans. Other entries are dropped, with one
   * warning naming them; a non-object is refused (returns undefined).
   */
  validChoices(choices: unknown): Record<string, boolean> | undefined {
    const { policy } = this.store;
    const known = [...policy.categories, ...choiceIds(policy)];
    const ok = (entry: [string, unknown]): entry is [string, boolean] => known.includes(entry[0]) && typeof entry[1] === 'boolean';
    const entries = isObject(choices) ? Object.entries(choices) : undefined;
    const valid = entries?.filter(ok);
    const dropped = entries?.filter((entry) => !ok(entry)) ?? [];
    if (!entries || dropped.length > 0) {
      this.warn(`Ignoring ${quote(entries ? JSON.stringify(Object.fromEntries(dropped)) : choices)} in setConsent(): expected { id: true or false } with ids from ${known.join(', ')}.`);
    }
    return valid && Object.fromEntries(valid);
  }

  /** Reads and validates every attribute; reconfigures the store when any changed. */
  applySettings(): void {
    const host = this.#host;
    const warn = this.warn;
    const attribute = (name: (typeof OBSERVED_ATTRIBUTES)[number]) => host.getAttribute(name);
    const json = host.querySelector(':scope > script[type="application/json"]')?.textContent ?? null;
    const key = JSON.stringify([...OBSERVED_ATTRIBUTES.map(attribute), json]);
    if (key === this.#settingsKey && this.#configApplied === this.configProperty) return;
    this.#configApplied = this.configProperty;
    const first = this.#settingsKey === '';
    this.#settingsKey = key;

    const read = <T>(name: (typeof OBSERVED_ATTRIBUTES)[number], spec: SettingSpec<T>, blankIsAbsent = false): T => {
      const value = attribute(name);
      return readSetting(name, blankIsAbsent && !value?.trim() ? null : value, spec, warn);
    };
    read('theme', THEME);
    this.policyUrl = read('policy-url', policyUrlSpec(document.baseURI), true);
    this.logUrl = read('consent-log-url', policyUrlSpec(document.baseURI), true);
    const value = this.configProperty !== undefined ? this.configProperty : json === null ? undefined : readConfigJson(json);
    this.configSource = { value, json: this.configProperty !== undefined ? null : json };
    const outline = (this.outline = outlineConfig(value));
    // Which categories exist: the attribute, else the config's keys, else the default.
    const listed = attribute('categories') ?? (outline.categories.length > 0 ? outline.categories.join(' ') : null);
    this.store.configure({
      categories: parseCategoryList(listed, warn),
      services: outline.services,
      cookies: outline.cookies,
      mode: read('mode', MODE),
      gpc: read('gpc', GPC) === 'respect' && gpcSignal(),
      revision: read('revision', REVISION),
      expiresDays: read('expires-days', EXPIRES_DAYS),
      cookieName: read('cookie-name', COOKIE_NAME),
      cookieDomain: read('cookie-domain', cookieDomainSpec(location.hostname), true),
      locale: {
        langAttribute: read('lang', LANGUAGE, true),
        countryAttribute: read('country', COUNTRY, true),
        documentLanguage: document.documentElement.lang || undefined,
        browserLanguages: navigator.languages,
      },
      warn,
    });
    this.store.load();
    if (this.#readyState !== 'fired') this.#readyDetail = this.store.state;
    // A new revision, or a category the visitor was never asked about, asks again
    // even when no allowed value changed (so the store reported no change).
    if (!first && this.#gate) {
      this.#gate.refresh();
      this.#followState();
    }
  }

  /**
   * What a gated element needs allowed: its categories, with its service as
   * `category/service`; undefined when it names a category or service this
   * banner does not offer (nothing can allow it).
   */
  needs(element: Element): string[] | undefined {
    return this.#needs(element).needs;
  }

  /** `needs`, and what in the markup is unknown when nothing can allow it. */
  #needs(element: Element): { needs?: string[]; stray?: string } {
    const { policy } = this.store;
    const categories = splitCategoryList(element.getAttribute('data-consent') ?? '');
    const service = element.getAttribute('data-consent-service');
    const stray = categories.find((id) => id !== NECESSARY && !policy.categories.includes(id));
    if (stray !== undefined) return { stray: `data-consent ${quote(stray)}` };
    if (service === null) return { needs: categories };
    const owner = categories.find((id) => servicesOf(policy, id).includes(`${id}/${service}`));
    if (owner === undefined) return { stray: `data-consent-service ${quote(service)}` };
    return { needs: [...categories.filter((id) => id !== owner), `${owner}/${service}`] };
  }

  /** Everything the element needs must be allowed; unknown ids keep it blocked, with one warning. */
  #allows(element: Element): boolean {
    const { needs, stray } = this.#needs(element);
    if (stray !== undefined) {
      const { policy } = this.store;
      this.warn(`${stray} is not among ${[...new Set([NECESSARY, ...policy.categories, ...choiceIds(policy)])].join(', ')}; that element stays blocked.`);
    }
    return needs?.every((id) => this.store.has(id)) ?? false;
  }


  /** Any element with `data-cookie-consent-open` opens the preferences (a site's "Cookie settings" link). */
  readonly #onOpenerClick = (event: Event): void => {
    const opener = event.composedPath().find((node) => node instanceof Element && node.hasAttribute('data-cookie-consent-open'));
    if (!opener) return;
    event.preventDefault();
    this.#host.showPreferences();
  };

  /**
   * Google Consent Mode v2, with the `google-consent-mode` attribute: the
   * all-denied default once, first; then an update whenever something is
   * allowed — a returning visitor's choice, opt-out mode — and after every
   * decision (`decision` true).
   */
  #consentMode(decision: boolean): void {
    if (!this.#host.hasAttribute('google-consent-mode')) return;
    const map = this.outline.consentMode ?? DEFAULT_SIGNALS;
    const allowed = (category: string) => this.store.has(category);
    if (!this.#consentModeStarted) {
      this.#consentModeStarted = true;
      pushConsentDefault(map);
    }
    if (decision || Object.keys(map).some(allowed)) pushConsentUpdate(map, allowed);
  }

  /**
   * `consent-ready` goes out once, after the stored state was read. Until
   * DOMContentLoaded we wait for it, so inline and deferred scripts after the
   * element can still add their listeners; any API call before then sends it
   * first, so it always comes before every other event.
   */
  #scheduleReady(): void {
    if (this.#readyState !== 'waiting') return;
    this.#readyState = 'scheduled';
    const fire = () => { this.#fireReady(); };
    // Deferred scripts run while readyState is already "interactive" but before
    // DOMContentLoaded; navigation timing tells whether it has fired yet.
    const timing = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const parsed = document.readyState === 'complete' || (document.readyState === 'interactive' && (!timing || timing.domContentLoadedEventStart > 0));
    if (parsed) queueMicrotask(fire);
    else document.addEventListener('DOMContentLoaded', fire, { once: true });
  }

  #fireReady(): void {
    if (this.#readyState === 'fired') return;
    this.#readyState = 'fired';
    this.#host.dispatchEvent(consentEvent('consent-ready', this.#readyDetail ?? this.store.state));
    const deferred = this.#deferred;
    this.#deferred = [];
    for (const event of deferred) this.#host.dispatchEvent(event);
  }

  /** Dispatches an event; anything but the start-up banner first sends a pending `consent-ready`. */
  #emit<K extends keyof ConsentEventMap>(type: K, detail: ConsentEventMap[K]['detail'], atStartUp = false): void {
    const event = consentEvent(type, detail);
    if (this.#readyState !== 'fired' && atStartUp) {
      this.#deferred.push(event);
      return;
    }
    this.#fireReady();
    this.#host.dispatchEvent(event);
  }

  /** The current state, for the element's `consent` property. */
  get state(): ConsentState {
    return this.store.state;
  }
}
