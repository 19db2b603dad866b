/**
 * Automated accessibility checks with axe-core, in real Chromium: the banner,
 * the preferences dialog and the placeholder of a blocked embed, each in the
 * light and the dark theme. axe walks open shadow roots, so a run scoped to
 * our element (or to the placeholder's host) checks exactly our markup.
 *
 * Runs are scoped to what we render, not the harness page: axe runs its
 * page-level rules ('region', 'landmark-one-main', 'page-has-heading-one',
 * 'bypass') only for a whole-page context, and the rules about <html>
 * ('html-has-lang', 'document-title') never match inside our element; they
 * judge the page mocha builds. Every other rule of the WCAG 2.0/2.1/2.2 A and
 * AA tags and axe's best practices runs, and any violation of any impact
 * fails. One run covers the whole page, so 'region' checks that the banner
 * is a landmark; only the four rules that concern just the harness are off.
 */
import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
// axe.js is a UMD script: as a module it has no default export, but it installs `window.axe`.
import 'axe-core';
import type { AxeResults, ElementContext, Result, RunOptions } from 'axe-core';
import type { CookieConsentConfig } from '../../src/core/config.js';
import type { CookieConsent } from '../../src/element/cookie-consent.js';
import { cleanPage, isBannerShown, mountConfigured, waitFor } from '../support/helpers.js';

type Axe = typeof import('axe-core');
const axe = (window as unknown as { axe: Axe }).axe;

const OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  resultTypes: ['violations'],
  // Nothing of ours is a frame; the blocked <iframe> has no document worth asking (and no axe inside to answer).
  iframes: false,
};

/** One line per failing node: `rule (impact): help — target: what failed`. */
function readable(violations: readonly Result[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => {
      const target = node.target.map((selector) => (Array.isArray(selector) ? selector.join(' >>> ') : selector)).join(' | ');
      const detail = node.failureSummary?.replace(/\s+/g, ' ').trim() ?? '';
      return `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} — ${target}: ${detail}`;
    }),
  );
}

/** Runs axe over `context` and returns its violations as readable lines (empty when clean). */
async function violations(context: ElementContext, rules?: RunOptions['rules']): Promise<string[]> {
  const results: AxeResults = await axe.run(context, rules ? { ...OPTIONS, rules } : OPTIONS);
  return readable(results.violations);
}

/** A config with services, cookies of every shape, purposes and durations, so the dialog shows all it can. */
const CONFIG: CookieConsentConfig = {
  categories: {
    analytics: {
      label: 'Statistics',
      description: 'Counts visits.',
      cookies: [{ name: '_ga', purpose: 'Tells visitors apart', duration: '2 years' }, '/^_gid/'],
      services: {
        ga4: { label: 'Google Analytics 4', description: 'Page views and events.', cookies: ['/^_ga_/'] },
        matomo: { label: 'Matomo' },
      },
    },
    marketing: {
      description: 'Measures our ads.',
      cookies: [{ name: '_gcl_au', domain: '.example.com', purpose: 'Ad measurement', duration: '90 days' }],
    },
  },
};

const dialogOf = (element: CookieConsent): HTMLDialogElement | null => element.shadowRoot?.querySelector('dialog') ?? null;

/** Opens the preferences and waits until the dialog (from the on-demand extras) is open, with every cookie table unfolded. */
async function openPreferences(element: CookieConsent): Promise<void> {
  element.showPreferences();
  await element.updateComplete;
  await waitFor(() => dialogOf(element)?.open === true, 'the dialog');
  // Unfolded, the cookie tables are rendered, so their text is checked too (contrast above all).
  for (const details of dialogOf(element)!.querySelectorAll('details')) details.open = true;
}

/** Switches the emulated colour scheme (the placeholders follow the system's, not a theme attribute). */
const emulateColorScheme = (colorScheme: 'light' | 'dark'): Promise<void> => emulateMedia({ colorScheme });

/** Adds a blocked iframe (in a container cleanPage removes), mounts the element, and returns the placeholder's host once it is there. */
async function blockedEmbedPlaceholder(): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.setAttribute('data-test-added', '');
  container.innerHTML = '<iframe data-consent="marketing" data-src="/test/fixtures/pixel.svg" title="Video" width="320" height="180"></iframe>';
  document.body.append(container);
  await mountConfigured({ attributes: { 'policy-url': '/privacy' } });
  await waitFor(() => container.querySelector('[data-cookie-consent-placeholder]') !== null, 'the placeholder');
  return container.querySelector<HTMLElement>('[data-cookie-consent-placeholder]')!;
}

describe('<cookie-consent> accessibility (axe-core)', () => {
  afterEach(cleanPage);

  it('runs axe-core and finds the violations it should (the checker itself works)', async () => {
    const container = document.createElement('div');
    container.setAttribute('data-test-added', '');
    container.innerHTML = '<button type="button"></button><img src="/test/fixtures/pixel.svg">';
    document.body.append(container);
    const found = (await violations(container)).map((line) => line.split(' ')[0]);
    expect(found).to.include.members(['button-name', 'image-alt']);
  });

  for (const theme of ['light', 'dark'] as const) {
    describe(`theme="${theme}"`, () => {
      it('the banner, with a policy link, has no violations', async () => {
        const element = await mountConfigured({ attributes: { theme, 'policy-url': '/privacy' } });
        expect(isBannerShown(element)).to.equal(true);
        expect(await violations(element)).to.deep.equal([]);
      });

      it('the preferences dialog, with services and unfolded cookie tables, has no violations', async () => {
        const element = await mountConfigured({ config: CONFIG, attributes: { theme, 'policy-url': '/privacy' } });
        await openPreferences(element);
        expect(await violations(element)).to.deep.equal([]);
      });
    });
  }

  it('the banner on a page passes the page-level rules that concern it too (its content sits in a landmark)', async () => {
    const element = await mountConfigured({ attributes: { theme: 'light', 'policy-url': '/privacy' } });
    expect(isBannerShown(element)).to.equal(true);
    // The whole document, so page-level rules run ('region' above all: every piece of content in a landmark).
    // Off: the four rules that judge only the harness page mocha builds (no <title>, no <html lang>, no <main>,
    // no <h1>), which a site provides and our element must not.
    const harnessOnly = ['document-title', 'html-has-lang', 'landmark-one-main', 'page-has-heading-one'];
    expect(await violations(document, Object.fromEntries(harnessOnly.map((id) => [id, { enabled: false }])))).to.deep.equal([]);
  });

  describe('prefers-color-scheme (emulated)', () => {
    after(async () => {
      await emulateColorScheme('light');
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      it(`the placeholder of a blocked iframe has no violations under ${colorScheme}`, async () => {
        await emulateColorScheme(colorScheme);
        expect(matchMedia('(prefers-color-scheme: dark)').matches, 'the emulated colour scheme').to.equal(colorScheme === 'dark');
        const holder = await blockedEmbedPlaceholder();
        expect(await violations(holder)).to.deep.equal([]);
      });
    }

    describe('theme="auto" under dark', () => {
      before(async () => {
        await emulateColorScheme('dark');
      });

      it('the banner has no violations', async () => {
        const element = await mountConfigured({ attributes: { theme: 'auto', 'policy-url': '/privacy' } });
        expect(isBannerShown(element)).to.equal(true);
        expect(matchMedia('(prefers-color-scheme: dark)').matches, 'the emulated colour scheme').to.equal(true);
        expect(await violations(element)).to.deep.equal([]);
      });

      it('the preferences dialog has no violations', async () => {
        const element = await mountConfigured({ config: CONFIG, attributes: { theme: 'auto', 'policy-url': '/privacy' } });
        await openPreferences(element);
        expect(await violations(element)).to.deep.equal([]);
      });
    });
  });
});
