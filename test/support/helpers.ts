/**
 * Shared test helpers: a clean cookie jar and DOM between tests, mounting the
 * element the way a page would, and capturing console warnings.
 */
import type { CookieConsentConfig } from '../../src/core/config.js';
import type { CookieConsent } from '../../src/element/cookie-consent.js';
import type { ConsentEventMap } from '../../src/element/events.js';
import '../../src/element/define.js';

/** Deletes every cookie this page can see, on `/` and on the current path. */
export function clearCookies(): void {
  for (const pair of document.cookie.split('; ').filter(Boolean)) {
    const name = pair.split('=')[0]!;
    for (const path of ['/', location.pathname]) {
      document.cookie = `${name}=; Max-Age=0; Path=${path}`;
    }
  }
}

/** Raw value of a cookie as the browser holds it (not decoded), or undefined. */
export function rawCookie(name: string): string | undefined {
  const pair = document.cookie.split('; ').find((p) => p.startsWith(`${name}=`));
  return pair?.slice(name.length + 1);
}

/** The decoded JSON of the consent cookie, or undefined. */
export function consentCookieJson(name = 'cc_consent'): Record<string, unknown> | undefined {
  const raw = rawCookie(name);
  return raw === undefined ? undefined : (JSON.parse(decodeURIComponent(raw)) as Record<string, unknown>);
}

/** The stored choice of a decoded consent cookie: "a" (allowed) and "d" (refused) dotted id lists. */
export function pick(json: Record<string, unknown> | undefined): { a: unknown; d: unknown } {
  return { a: json?.['a'], d: json?.['d'] };
}

/** Creates `<cookie-consent>` with attributes, appends it to the body and waits for its first render. */
export async function mountConsent(attributes: Record<string, string> = {}, parent: Element = document.body): Promise<CookieConsent> {
  const element = document.createElement('cookie-consent');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  parent.append(element);
  await element.updateComplete;
  return element;
}

/** How a test writes a configured `<cookie-consent>`. */
export interface ConfiguredMount {
  /** Text of a child `<script type="application/json">`. */
  json?: string;
  /** Set as the `config` property before the element is connected. */
  config?: CookieConsentConfig;
  attributes?: Record<string, string>;
}

/** Builds `<cookie-consent>` the way a page writes it — config inside — and only then connects it. */
export async function mountConfigured({ json, config, attributes = {} }: ConfiguredMount = {}): Promise<CookieConsent> {
  const element = document.createElement('cookie-consent');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (json !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    element.append(script);
  }
  if (config !== undefined) element.config = config;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

/** The element's shadow root, which tests read as a visitor sees it. */
export function shadowOf(element: CookieConsent): ShadowRoot {
  return element.shadowRoot!;
}

/** The element inside the shadow root with this `part`, or null. */
export function part(element: CookieConsent, name: string): HTMLElement | null {
  return shadowOf(element).querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** The visible banner, or null when none is shown. */
export function banner(element: CookieConsent): HTMLElement | null {
  return part(element, 'banner');
}

/**
 * Whether the banner is shown. Assertions compare this boolean, never the
 * element itself: a failing assertion on a DOM node makes the test runner
 * serialise the node, which hangs the browser.
 */
export function isBannerShown(element: CookieConsent): boolean {
  return banner(element) !== null;
}

/** The preferences dialog in the element's shadow root, or null. */
export function dialogOf(element: CookieConsent): HTMLDialogElement | null {
  return element.shadowRoot?.querySelector('dialog') ?? null;
}

/** Opens the preferences through the API and waits until the dialog (from the on-demand extras) is open. */
export async function openPreferences(element: CookieConsent): Promise<HTMLDialogElement> {
  element.showPreferences();
  await element.updateComplete;
  await waitFor(() => dialogOf(element)?.open === true, 'the dialog');
  return dialogOf(element)!;
}

/** Clicks a button found by its visible text, failing when there is none. */
export async function clickButton(element: CookieConsent, text: string, within: ParentNode = shadowOf(element)): Promise<void> {
  const button = [...within.querySelectorAll('button')].find((b) => b.textContent.trim() === text);
  if (!button) throw new Error(`No button "${text}" in ${[...within.querySelectorAll('button')].map((b) => b.textContent.trim()).join(', ')}`);
  button.click();
  await element.updateComplete;
}

/** Resolves with the next event of this type on `target`. */
export function nextEvent<K extends keyof ConsentEventMap>(target: EventTarget, type: K): Promise<ConsentEventMap[K]> {
  return new Promise((resolve) => {
    target.addEventListener(type, (event) => { resolve(event as ConsentEventMap[K]); }, { once: true });
  });
}

/** Records every event of the given types on `target`, in order. */
export function recordEvents(target: EventTarget, types: readonly (keyof ConsentEventMap)[]): CustomEvent[] {
  const events: CustomEvent[] = [];
  for (const type of types) target.addEventListener(type, (event) => events.push(event as CustomEvent));
  return events;
}

/** Captures console.warn while `run` executes (and until restore is called). */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => { messages.push(args.map(String).join(' ')); };
  return { messages, restore: () => { console.warn = original; } };
}

let urlCounter = 0;
/** An absolute URL no other test has requested, so resource timing tells whether it was fetched. */
export function freshUrl(path = '/test/fixtures/pixel.svg'): string {
  urlCounter += 1;
  return new URL(`${path}?t=${String(Date.now())}-${String(urlCounter)}`, location.href).href;
}

/** True once the page has fetched `url` (resource timing). */
export const fetched = (url: string): boolean => performance.getEntriesByName(url).length > 0;

/** Adds a container holding `html` to the body (cleanPage removes it). Scripts in `html` do not run. */
export function addMarkup(html: string): HTMLElement {
  const container = document.createElement('div');
  container.setAttribute('data-test-added', '');
  container.innerHTML = html;
  document.body.append(container);
  return container;
}

/** Waits for the browser to run pending tasks (network, script execution) until `condition` holds. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Removes every element a test added to the body and head, and the cookies. */
export function cleanPage(): void {
  document.querySelectorAll('cookie-consent, iframe, [data-test-added]').forEach((node) => { node.remove(); });
  clearCookies();
}
