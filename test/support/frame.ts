/**
 * Loads a fixture page in an iframe, the way a real host page loads the
 * script-tag bundle, and exposes what the page's probe recorded.
 */
import type { CookieConsent } from '../../src/element/cookie-consent.js';
import { waitFor } from './helpers.js';

export interface Probe {
  errors: string[];
  violations: string[];
  warnings: string[];
  ran: string[];
}

export interface FramePage {
  frame: HTMLIFrameElement;
  window: Window & { probe: Probe };
  document: Document;
  probe: Probe;
  element: CookieConsent;
}

/** Opens `url` in an iframe and waits until its `<cookie-consent>` has rendered (or `ready` holds). */
export async function openFixture(url: string): Promise<FramePage> {
  const frame = document.createElement('iframe');
  frame.setAttribute('data-test-added', '');
  frame.style.width = '1000px';
  frame.style.height = '700px';
  const loaded = new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
  });
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FramePage['window'];
  const element = win.document.querySelector<CookieConsent>('cookie-consent')!;
  return { frame, window: win, document: win.document, probe: win.probe, element };
}

/** The banner inside a fixture page's element, once it has rendered. */
export async function fixtureBanner(page: FramePage): Promise<HTMLElement> {
  await waitFor(() => page.element.shadowRoot?.querySelector('[part~="banner"]') != null, 'the banner to render');
  return page.element.shadowRoot!.querySelector<HTMLElement>('[part~="banner"]')!;
}

/** Clicks a banner button by its text inside a fixture page. */
export async function clickInFixture(page: FramePage, text: string): Promise<void> {
  const banner = await fixtureBanner(page);
  const button = [...banner.querySelectorAll('button')].find((b) => b.textContent.trim() === text);
  if (!button) throw new Error(`No "${text}" button in the fixture banner`);
  button.click();
}
