/**
 * The banner and the preferences as a visitor meets them on a hostile or
 * unusual page: keyboard only (real, trusted key presses), a site stylesheet
 * that tries to hide or restyle everything, a 320 px wide screen, pointer
 * targets and focus rings, and reduced motion.
 *
 * Every check reads what a visitor would notice — what has focus, what is on
 * screen at a point, sizes and computed styles — and compares strings,
 * numbers and booleans only (a DOM node as an assertion's actual value makes
 * the runner serialise it, which hangs the browser).
 */
import { expect } from '@esm-bundle/chai';
import type { CookieConsentConfig } from '../../src/core/config.js';
import type { CookieConsent } from '../../src/element/cookie-consent.js';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { cleanPage, dialogOf, isBannerShown, mountConfigured, mountConsent, openPreferences, part, shadowOf, waitFor } from '../support/helpers.js';


/** A real key press ('Tab', 'Enter', 'Space', 'Escape'), through the browser's input pipeline. */
const press = (key: string): Promise<void> => sendKeys({ press: key });

/** A real left click at a point of the viewport (CSS px). */
const clickAt = (x: number, y: number): Promise<void> => sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });

const resize = (width: number, height: number): Promise<void> => setViewport({ width, height });

/** Two frames: styles recomputed and laid out, as the visitor sees them. */
const painted = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => { resolve(); })));

const CONFIG: CookieConsentConfig = {
  categories: {
    analytics: {
      label: 'Statistics',
      description: 'Counts visits.',
      cookies: [{ name: '_ga', purpose: 'Tells visitors apart', duration: '2 years' }, '/^_gid/'],
      services: { ga4: { label: 'Google Analytics 4' }, matomo: { label: 'Matomo' } },
    },
    marketing: { cookies: ['_gcl_au'] },
  },
};

/** The README's example config, as a site would copy it. */
const README_CONFIG: CookieConsentConfig = {
  categories: {
    analytics: {
      label: 'Statistics',
      description: 'How many people visit and what they use.',
      cookies: ['_ga', '/^_gid/', { name: '_gcl_au', domain: '.example.com', purpose: 'Ad measurement', duration: '90 days' }],
      services: {
        ga4: { label: 'Google Analytics', description: '…', cookies: ['/^_ga_/'] },
        matomo: { label: 'Matomo', cookies: ['/^_pk_/'] },
      },
    },
    marketing: { label: 'Advertising', enabled: false },
  },
};

const isDialogOpen = (element: CookieConsent): boolean => dialogOf(element)?.open === true;

/** A control as a visitor names it: a switch or select by its name, anything else by its label or text. */
function controlName(control: Element | null): string {
  if (control === null) return '(nothing)';
  if (control instanceof HTMLInputElement) return `switch ${control.name}`;
  if (control instanceof HTMLSelectElement) return `select ${control.name}`;
  if (control instanceof HTMLDialogElement) return 'the dialog itself';
  return (control.getAttribute('aria-label') ?? control.textContent).replace(/\s+/g, ' ').trim();
}

/** What has focus inside the element's shadow root, named; "(nothing)" when focus is elsewhere. */
const focusedName = (element: CookieConsent): string => controlName(shadowOf(element).activeElement);

/** The switch for a category id (or `category/service`). */
function switchFor(element: CookieConsent, name: string): HTMLInputElement {
  const found = dialogOf(element)?.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (!found) throw new Error(`No switch ${name}`);
  return found;
}

/** A focusable page button placed right before the element, focused: where a keyboard visitor starts. */
function pageButtonBefore(element: CookieConsent): HTMLButtonElement {
  const before = document.createElement('button');
  before.type = 'button';
  before.textContent = 'Page button';
  before.setAttribute('data-test-added', '');
  element.before(before);
  before.focus();
  return before;
}

/** Presses Tab `times` times and names what has focus (in the element) after each press. */
async function tabs(element: CookieConsent, times: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < times; i += 1) {
    await press('Tab');
    seen.push(focusedName(element));
  }
  return seen;
}

/** Presses Tab until the focused control is `name` (at most `limit` presses); returns what it passed through. */
async function tabTo(element: CookieConsent, name: string, limit = 15): Promise<string[]> {
  const seen: string[] = [];
  while (focusedName(element) !== name) {
    if (seen.length >= limit) throw new Error(`"${name}" not reached by Tab; passed ${seen.join(' → ')}`);
    await press('Tab');
    seen.push(focusedName(element));
  }
  return seen;
}

const centre = (rect: DOMRect): [number, number] => [rect.left + rect.width / 2, rect.top + rect.height / 2];

/** The product of the computed opacities from `node` up through its shadow host and the document: what the visitor sees of it. */
function effectiveOpacity(node: Element): number {
  let opacity = 1;
  let current: Element | null = node;
  while (current) {
    opacity *= Number(getComputedStyle(current).opacity);
    const parent: Node | null = current.parentNode;
    current = parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
  }
  return opacity;
}

/** Whether `node` is rendered visible (not display: none, visibility hidden or zero opacity anywhere up its tree). */
function isRenderedVisible(node: HTMLElement): boolean {
  return node.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && effectiveOpacity(node) > 0.99;
}

describe('<cookie-consent> robust UI', () => {
  afterEach(cleanPage);

  describe('keyboard only (real key presses)', () => {
    it('Tab from a page button before the element reaches the policy link, then Accept all, Reject all, Preferences', async () => {
      const element = await mountConsent({ 'policy-url': '/privacy' });
      const before = pageButtonBefore(element);
      expect(document.activeElement === before, 'the page button has focus first').to.equal(true);
      expect(await tabs(element, 4)).to.deep.equal(['Read the privacy policy', 'Accept all', 'Reject all', 'Preferences']);
    });

    it('Enter on "Reject all" decides: nothing allowed, the banner is gone', async () => {
      const element = await mountConsent({ 'policy-url': '/privacy' });
      pageButtonBefore(element);
      await tabTo(element, 'Reject all');
      await press('Enter');
      await element.updateComplete;
      expect(element.consent.decided).to.equal(true);
      expect(element.hasConsent('analytics')).to.equal(false);
      expect(element.hasConsent('marketing')).to.equal(false);
      expect(isBannerShown(element)).to.equal(false);
    });

    it('after a reset, Enter on Preferences opens a modal dialog with focus inside; Tab walks the switches, Space toggles Analytics, Enter on "Save choices" saves exactly that', async () => {
      const element = await mountConsent({ 'policy-url': '/privacy' });
      element.rejectAll();
      await element.updateComplete;
      element.reset();
      await element.updateComplete;
      expect(isBannerShown(element), 'the banner is back after reset').to.equal(true);

      const before = pageButtonBefore(element);
      await tabTo(element, 'Preferences');
      await press('Enter');
      await element.updateComplete;
      await waitFor(() => isDialogOpen(element), 'the dialog');
      const dialog = dialogOf(element)!;
      expect(dialog.matches(':modal'), 'the dialog is modal').to.equal(true);
      const focused = shadowOf(element).activeElement;
      expect(focused !== null && dialog.contains(focused), `focus inside the dialog (is on ${controlName(focused)})`).to.equal(true);
      // Modal: the page behind is covered; a click where the page button is does not reach it.
      const [x, y] = centre(before.getBoundingClientRect());
      expect(document.elementFromPoint(x, y) === before, 'the page button is reachable behind the dialog').to.equal(false);

      // Tab walks the switches in order (the locked Necessary one is skipped).
      const walked = await tabTo(element, 'switch analytics');
      expect(walked.every((name) => name !== 'Page button' && name !== '(nothing)'), `focus stayed in the dialog: ${walked.join(' → ')}`).to.equal(true);
      const analytics = switchFor(element, 'analytics');
      expect(analytics.checked).to.equal(false);
      await press('Space');
      expect(analytics.checked, 'Space switched Analytics on').to.equal(true);
      await press('Tab');
      expect(focusedName(element)).to.equal('switch marketing');
      expect(switchFor(element, 'marketing').checked).to.equal(false);

      const rest = await tabTo(element, 'Save choices');
      expect(rest.slice(-3), 'the last three controls').to.deep.equal(['Accept all', 'Reject all', 'Save choices']);
      await press('Enter');
      await element.updateComplete;
      await waitFor(() => !isDialogOpen(element), 'the dialog to close');
      expect(element.consent.decided).to.equal(true);
      expect(element.hasConsent('analytics')).to.equal(true);
      expect(element.hasConsent('marketing')).to.equal(false);
      expect(isBannerShown(element)).to.equal(false);
    });

    it('Escape closes the open dialog, decides nothing, brings the banner back and returns focus to Preferences', async () => {
      const element = await mountConsent({ 'policy-url': '/privacy' });
      pageButtonBefore(element);
      await tabTo(element, 'Preferences');
      await press('Enter');
      await element.updateComplete;
      await waitFor(() => isDialogOpen(element), 'the dialog');
      await press('Escape');
      await element.updateComplete;
      await waitFor(() => !isDialogOpen(element), 'the dialog to close');
      await element.updateComplete;
      expect(element.consent.decided).to.equal(false);
      expect(isBannerShown(element)).to.equal(true);
      await waitFor(() => focusedName(element) === 'Preferences', `focus back on Preferences (is on ${focusedName(element)})`);
    });
  });

  describe('hostile host CSS', () => {
    const ALL_UNSET = '* { all: unset !important; }';
    const BIG_ROOT_FONT = 'html { font-size: 40px !important; }';
    const HIDE_ELEMENT = 'cookie-consent { display: none !important; opacity: 0 !important; }';
    const RED_BUTTONS = 'button { background: red !important; color: red !important; }';
    const SLOW_TRANSITIONS = '*, *::before { transition: all 5s !important }';

    let sheet: HTMLStyleElement | undefined;
    afterEach(() => {
      sheet?.remove();
      sheet = undefined;
    });

    /**
     * Adds the site's stylesheet to the head (checking every rule of it is in force), then mounts the element.
     * With `settle`, transitions the sheet starts (a 5 s font-size change of the root, say) are run to their end
     * first: what the visitor sees once they are over.
     */
    async function mountUnder(css: string, { settle = true } = {}): Promise<CookieConsent> {
      sheet = document.createElement('style');
      sheet.textContent = css;
      document.head.append(sheet);
      expect(sheet.sheet?.cssRules.length, 'rules of the hostile sheet in force').to.equal(css.split('}').length - 1);
      const element = await mountConsent({ 'policy-url': '/privacy' });
      await painted();
      if (settle) {
        for (const animation of document.getAnimations()) animation.finish();
        await painted();
      }
      return element;
    }

    const sameSize = (a: DOMRect, b: DOMRect): boolean => Math.abs(a.width - b.width) <= 0.5 && Math.abs(a.height - b.height) <= 0.5;

    /** Everything a visitor needs of the banner: a bar fixed at the bottom of the screen, Accept on screen and clickable, Accept and Reject alike. */
    async function expectBannerWorks(element: CookieConsent): Promise<void> {
      expect(isBannerShown(element), 'the banner is rendered').to.equal(true);
      const bar = part(element, 'banner')!;
      expect(getComputedStyle(bar).position).to.equal('fixed');
      const barRect = bar.getBoundingClientRect();
      expect(barRect.height, 'banner height').to.be.above(0);
      expect(barRect.height, 'banner height').to.be.below(innerHeight);
      expect(Math.abs(barRect.bottom - innerHeight), 'distance from the banner to the bottom of the screen').to.be.at.most(1);
      const accept = part(element, 'accept-button')!;
      const reject = part(element, 'reject-button')!;
      const rect = accept.getBoundingClientRect();
      expect(rect.width, 'accept width').to.be.above(0);
      expect(rect.height, 'accept height').to.be.above(0);
      const [x, y] = centre(rect);
      expect(shadowOf(element).elementFromPoint(x, y) === accept, 'Accept all is what is at its centre').to.equal(true);
      expect(isRenderedVisible(accept), 'Accept all is visible (display, visibility, opacity)').to.equal(true);
      expect(isRenderedVisible(reject), 'Reject all is visible (display, visibility, opacity)').to.equal(true);

      const a = getComputedStyle(accept);
      const r = getComputedStyle(reject);
      expect(r.backgroundColor, 'Reject background').to.equal(a.backgroundColor);
      expect(r.color, 'Reject text colour').to.equal(a.color);
      expect(a.color === a.backgroundColor, 'Accept text has the background colour').to.equal(false);
      const rr = reject.getBoundingClientRect();
      expect(sameSize(rect, rr), `Accept ${rect.width}×${rect.height} and Reject ${rr.width}×${rr.height} the same size`).to.equal(true);

      // A real click where Accept is drawn.
      await clickAt(x, y);
      await element.updateComplete;
      expect(element.hasConsent('analytics'), 'a click on Accept all allowed analytics').to.equal(true);
      expect(element.hasConsent('marketing')).to.equal(true);
      expect(isBannerShown(element)).to.equal(false);
    }

    it(`all: unset on everything (${ALL_UNSET}): the banner still shows and works`, async () => {
      const element = await mountUnder(ALL_UNSET);
      expect(getComputedStyle(document.body).display, 'the page itself is unset').to.equal('inline');
      await expectBannerWorks(element);
    });

    it(`a 40px root font size (${BIG_ROOT_FONT}) at 800 × 600: the banner still shows and works`, async () => {
      await expectBannerWorks(await mountUnder(BIG_ROOT_FONT));
    });

    it(`a 40px root font size (${BIG_ROOT_FONT}) on a 1280 × 720 screen: the banner still shows and works`, async () => {
      const saved: [number, number] = [innerWidth, innerHeight];
      await resize(1280, 720);
      try {
        await waitFor(() => innerWidth === 1280, 'the 1280 px viewport');
        const element = await mountUnder(BIG_ROOT_FONT);
        expect(getComputedStyle(part(element, 'accept-button')!).minHeight, 'Accept scales with the root font').to.equal('110px');
        await expectBannerWorks(element);
      } finally {
        await resize(...saved);
      }
    });

    it('the element hidden (cookie-consent { display: none !important }): the banner still shows and works', async () => {
      await expectBannerWorks(await mountUnder('cookie-consent { display: none !important; }'));
    });

    it(`the element hidden (${HIDE_ELEMENT}): the banner still shows and works`, async () => {
      await expectBannerWorks(await mountUnder(HIDE_ELEMENT));
    });

    it('the element hidden (cookie-consent { visibility: hidden !important }): the banner still shows and works', async () => {
      await expectBannerWorks(await mountUnder('cookie-consent { visibility: hidden !important; }'));
    });

    it('a transform on the element (cookie-consent { transform: translateZ(0) !important }): the banner still shows and works', async () => {
      await expectBannerWorks(await mountUnder('cookie-consent { transform: translateZ(0) !important; }'));
    });

    it(`every button red on red (${RED_BUTTONS}): the banner still shows and works`, async () => {
      await expectBannerWorks(await mountUnder(RED_BUTTONS));
    });

    it(`5s transitions on everything (${SLOW_TRANSITIONS}): the banner shows and works at once`, async () => {
      await expectBannerWorks(await mountUnder(SLOW_TRANSITIONS, { settle: false }));
    });

    it('all five together: the banner still shows and works', async () => {
      await expectBannerWorks(await mountUnder([ALL_UNSET, BIG_ROOT_FONT, HIDE_ELEMENT, RED_BUTTONS, SLOW_TRANSITIONS].join('\n')));
    });

    it('all together but the two that hit the bugs above (opacity: 0 and the 40px root): the banner still shows and works', async () => {
      const css = [ALL_UNSET, 'cookie-consent { display: none !important; }', RED_BUTTONS, SLOW_TRANSITIONS].join('\n');
      await expectBannerWorks(await mountUnder(css));
    });
  });

  describe('reflow at 320 × 640', () => {
    let saved: [number, number] = [0, 0];
    before(async () => {
      saved = [innerWidth, innerHeight];
      await resize(320, 640);
      await waitFor(() => innerWidth === 320, 'the 320 px viewport');
    });
    after(async () => {
      await resize(...saved);
    });

    it('the banner fits: nothing overflows, every button ends by 320 px, Accept and Reject are the same size', async () => {
      const element = await mountConsent({ 'policy-url': '/privacy' });
      await painted();
      expect(innerWidth).to.equal(320);
      const bar = part(element, 'banner')!;
      expect(bar.scrollWidth, 'banner scrollWidth').to.be.at.most(bar.clientWidth);
      const bounds = [...shadowOf(element).querySelectorAll('button, a')].map((control) => {
        const rect = control.getBoundingClientRect();
        return `${controlName(control)}: ${rect.left >= 0 && rect.right <= 320 ? 'fits' : `${rect.left}–${rect.right}`}`;
      });
      expect(bounds).to.deep.equal(['Read the privacy policy: fits', 'Accept all: fits', 'Reject all: fits', 'Preferences: fits']);
      const accept = part(element, 'accept-button')!.getBoundingClientRect();
      const reject = part(element, 'reject-button')!.getBoundingClientRect();
      expect([reject.width, reject.height]).to.deep.equal([accept.width, accept.height]);
    });

    it('the preferences dialog fits, cookie tables unfolded: no wider than 320 px and no horizontal overflow inside', async () => {
      const element = await mountConfigured({ config: CONFIG, attributes: { 'policy-url': '/privacy' } });
      const dialog = await openPreferences(element);
      for (const details of dialog.querySelectorAll('details')) details.open = true;
      await painted();
      const rect = dialog.getBoundingClientRect();
      expect(rect.width, 'dialog width').to.be.at.most(320);
      expect(rect.left, 'dialog left').to.be.at.least(0);
      expect(dialog.scrollWidth, 'dialog scrollWidth').to.be.at.most(dialog.clientWidth + 1);
      const outside = [...dialog.querySelectorAll('button, input, select, summary, a')]
        .filter((control) => control.getBoundingClientRect().right > rect.right)
        .map(controlName);
      expect(outside, 'controls past the dialog edge').to.deep.equal([]);
      const accept = part(element, 'accept-button')!.getBoundingClientRect();
      const reject = part(element, 'reject-button')!.getBoundingClientRect();
      expect([reject.width, reject.height]).to.deep.equal([accept.width, accept.height]);
    });

    it("the preferences dialog fits with the README's example config, cookie tables unfolded", async () => {
      const element = await mountConfigured({ config: README_CONFIG, attributes: { 'policy-url': '/privacy' } });
      const dialog = await openPreferences(element);
      for (const details of dialog.querySelectorAll('details')) details.open = true;
      await painted();
      expect(dialog.getBoundingClientRect().width, 'dialog width').to.be.at.most(320);
      const tables = [...dialog.querySelectorAll('table')].map((table) => table.getBoundingClientRect().right);
      const inner = dialog.getBoundingClientRect().right - parseFloat(getComputedStyle(dialog).paddingRight);
      expect(tables.filter((right) => right > inner + 1), `table right edges past ${inner}`).to.deep.equal([]);
      expect(dialog.scrollWidth, 'dialog scrollWidth').to.be.at.most(dialog.clientWidth + 1);
    });
  });

  describe('targets and focus indicators', () => {
    /** Controls smaller than 24 × 24 CSS px, as "name: w×h". */
    function smallTargets(root: ParentNode): string[] {
      return [...root.querySelectorAll('button, input[part~="switch"]')]
        .map((control) => [controlName(control), control.getBoundingClientRect()] as const)
        .filter(([, rect]) => rect.width < 24 || rect.height < 24)
        .map(([name, rect]) => `${name}: ${rect.width}×${rect.height}`);
    }

    /** The focused control's focus indicator, described; '' when it has a visible ring. */
    function ringProblem(control: Element | null): string {
      if (control === null) return 'nothing focused';
      const style = getComputedStyle(control);
      const width = parseFloat(style.outlineWidth);
      const ok = style.outlineStyle !== 'none' && width >= 2 && style.outlineColor !== 'rgba(0, 0, 0, 0)';
      return ok ? '' : `${controlName(control)}: outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
    }

    it('every button in the banner is at least 24 × 24 px', async () => {
      const element = await mountConsent({ 'policy-url': '/privacy' });
      await painted();
      expect(shadowOf(element).querySelectorAll('button').length).to.equal(3);
      expect(smallTargets(shadowOf(element))).to.deep.equal([]);
    });

    it('every button and switch in the dialog is at least 24 × 24 px', async () => {
      const element = await mountConfigured({ config: CONFIG, attributes: { 'policy-url': '/privacy' } });
      const dialog = await openPreferences(element);
      await painted();
      // Close, Accept, Reject, Save; Necessary, Statistics and its two services, Marketing.
      expect(dialog.querySelectorAll('button').length).to.equal(4);
      expect(dialog.querySelectorAll('input[part~="switch"]').length).to.equal(5);
      expect(smallTargets(dialog)).to.deep.equal([]);
    });

    it('with the common html { font-size: 62.5% } of the page, every button and switch of the dialog is still at least 24 × 24 px', async () => {
      const sheet = document.createElement('style');
      sheet.textContent = 'html { font-size: 62.5%; }';
      sheet.setAttribute('data-test-added', '');
      document.head.append(sheet);
      const element = await mountConfigured({ config: CONFIG, attributes: { 'policy-url': '/privacy' } });
      const dialog = await openPreferences(element);
      await painted();
      expect(getComputedStyle(document.documentElement).fontSize).to.equal('10px');
      expect(smallTargets(dialog)).to.deep.equal([]);
    });

    it('every control of the banner reached by Tab shows a focus ring (outline ≥ 2 px)', async () => {
      const element = await mountConsent({ 'policy-url': '/privacy' });
      pageButtonBefore(element);
      const problems: string[] = [];
      const reached: string[] = [];
      for (let i = 0; i < 4; i += 1) {
        await press('Tab');
        const focused = shadowOf(element).activeElement;
        reached.push(controlName(focused));
        problems.push(ringProblem(focused));
      }
      expect(reached).to.deep.equal(['Read the privacy policy', 'Accept all', 'Reject all', 'Preferences']);
      expect(problems.filter(Boolean)).to.deep.equal([]);
    });

    it('every control of the dialog reached by Tab shows a focus ring (outline ≥ 2 px)', async () => {
      const element = await mountConfigured({ config: CONFIG, attributes: { 'policy-url': '/privacy' } });
      pageButtonBefore(element);
      await tabTo(element, 'Preferences');
      await press('Enter');
      await element.updateComplete;
      await waitFor(() => isDialogOpen(element), 'the dialog');
      const dialog = dialogOf(element)!;
      const reached = new Set<Element>();
      const problems: string[] = [];
      // Around the dialog until focus comes back to a control already seen.
      for (let i = 0; i < 30; i += 1) {
        await press('Tab');
        const focused = shadowOf(element).activeElement;
        if (focused === null || !dialog.contains(focused)) continue;
        if (reached.has(focused)) break;
        reached.add(focused);
        problems.push(ringProblem(focused));
      }
      const names = [...reached].map(controlName);
      for (const expected of ['Close', 'Read the privacy policy', 'switch analytics', 'switch analytics/ga4', 'switch marketing', 'select language', 'select country', 'Accept all', 'Reject all', 'Save choices']) {
        expect(names, 'controls reached by Tab').to.include(expected);
      }
      expect(problems.filter(Boolean)).to.deep.equal([]);
    });
  });

  describe('prefers-reduced-motion', () => {
    after(async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
    });

    it('the switch animates without the preference, and not at all under reduce', async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      let element = await mountConfigured({ config: CONFIG });
      await openPreferences(element);
      expect(getComputedStyle(switchFor(element, 'marketing')).transitionDuration, 'no preference').to.not.equal('0s');
      cleanPage();

      await emulateMedia({ reducedMotion: 'reduce' });
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'the emulated preference').to.equal(true);
      element = await mountConfigured({ config: CONFIG });
      await openPreferences(element);
      const marketing = switchFor(element, 'marketing');
      expect(getComputedStyle(marketing).transitionDuration, 'the switch').to.equal('0s');
      expect(getComputedStyle(marketing, '::before').transitionDuration, 'its knob').to.equal('0s');
    });
  });
});
