/**
 * The preferences dialog as a visitor meets it: categories with their labels,
 * descriptions and cookie tables; services inside a category and the
 * category's mixed state; saving; the visitor's own pick of language and
 * country; pre-ticked categories; and the keyboard (modal, focus, Escape).
 *
 * The dialog lives in the on-demand extras: every test opens it, waits for the
 * render, then for the dialog itself to be open.
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { CookieConsentConfig } from '../../src/core/config.js';
import type { CookieConsent } from '../../src/element/cookie-consent.js';
import {
  cleanPage,
  clickButton,
  consentCookieJson,
  isBannerShown,
  pick,
  shadowOf,
  dialogOf,
  mountConfigured,
  openPreferences,
  waitFor,
} from '../support/helpers.js';

const CONFIG: CookieConsentConfig = {
  categories: {
    analytics: {
      label: 'Statistics',
      description: 'Counts visits.',
      cookies: [{ name: '_ga', purpose: 'Tells visitors apart', duration: '2 years' }, '/^_gid/'],
      services: { ga4: { label: 'Google Analytics 4' }, matomo: { label: 'Matomo' } },
    },
    marketing: {},
  },
};

const isDialogOpen = (element: CookieConsent): boolean => dialogOf(element)?.open === true;

/** The switch or checkbox named `name` (a category id or `category/service`). */
function input(element: CookieConsent, name: string): HTMLInputElement {
  const found = dialogOf(element)?.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (!found) throw new Error(`No input named ${name} in the dialog`);
  return found;
}

/** The visible label text of an input. */
const labelOf = (field: HTMLInputElement | HTMLSelectElement): string => field.labels?.[0]?.textContent.trim() ?? '';

/** A label's own words, without the text of the select it wraps (its option names). */
const ownText = (label: HTMLLabelElement): string =>
  [...label.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim();

/** The select of the `<label>` whose own text is `text` ("Language", "Country"). */
function selectLabelled(dialog: HTMLDialogElement, text: string): HTMLSelectElement {
  const label = [...dialog.querySelectorAll('label')].find((candidate) => ownText(candidate) === text);
  const select = label?.querySelector('select');
  if (!select) throw new Error(`No select labelled "${text}"`);
  return select;
}

/** Picks an option of a select as a visitor would (value, then `input` and `change`). */
function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The category checkbox's visible state: "mixed", "on" or "off". */
const tri = (field: HTMLInputElement): string => (field.indeterminate ? 'mixed' : field.checked ? 'on' : 'off');


describe('<cookie-consent> preferences dialog', () => {
  afterEach(cleanPage);

  describe('categories, services and cookies from the config', () => {
    it('lists Necessary (on and locked), Statistics with its description, and Marketing', async () => {
      const element = await mountConfigured({ config: CONFIG });
      const dialog = await openPreferences(element);
      const categories = [...dialog.querySelectorAll<HTMLInputElement>('[part~="category"] > input')];
      expect(categories.map((field) => field.name)).to.deep.equal(['necessary', 'analytics', 'marketing']);
      expect(categories.map(labelOf)).to.deep.equal(['Necessary', 'Statistics', 'Marketing']);
      const necessary = input(element, 'necessary');
      expect(necessary.checked).to.equal(true);
      expect(necessary.disabled).to.equal(true);
      expect(input(element, 'analytics').disabled).to.equal(false);
      expect(input(element, 'marketing').disabled).to.equal(false);
      const described = input(element, 'analytics').getAttribute('aria-describedby') ?? '';
      expect(shadowOf(element).getElementById(described)?.textContent.trim()).to.equal('Counts visits.');
    });

    it('shows a switch per service in the Statistics row, labelled with the service names', async () => {
      const element = await mountConfigured({ config: CONFIG });
      await openPreferences(element);
      const row = input(element, 'analytics').closest('li')!;
      const services = [...row.querySelectorAll<HTMLInputElement>('input[data-category="analytics"]')];
      expect(services.map((field) => field.name)).to.deep.equal(['analytics/ga4', 'analytics/matomo']);
      expect(services.map((field) => field.labels![0]!.textContent.trim())).to.deep.equal(['Google Analytics 4', 'Matomo']);
      expect(services.map((field) => field.getAttribute('role'))).to.deep.equal(['switch', 'switch']);
      expect(services.map((field) => field.checked)).to.deep.equal([false, false]);
    });

    it('lists the declared cookies in a table inside a <details> of the Statistics row', async () => {
      const element = await mountConfigured({ config: CONFIG });
      await openPreferences(element);
      const row = input(element, 'analytics').closest('li')!;
      const details = row.querySelectorAll(':scope > details');
      expect(details.length).to.equal(1);
      const cells = [...details[0]!.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim()).join(' | '));
      // A prefix pattern reads as the names it covers.
      expect(cells).to.deep.equal(['_ga | Tells visitors apart | 2 years', '_gid… |  | ']);
      const headers = [...details[0]!.querySelectorAll('thead th')].map((th) => th.textContent.trim());
      expect(headers).to.deep.equal(['Name', 'Purpose', 'Duration']);
      // Marketing declares no cookies: no empty table.
      expect(input(element, 'marketing').closest('li')!.querySelectorAll('details').length).to.equal(0);
    });
  });

  describe('a category with services', () => {
    it('shows the category as mixed when only some of its services are allowed', async () => {
      const element = await mountConfigured({ config: CONFIG });
      element.setConsent({ 'analytics/ga4': true });
      await openPreferences(element);
      const category = input(element, 'analytics');
      expect(category.indeterminate).to.equal(true);
      expect(category.checked).to.equal(false);
      expect(category.getAttribute('role')).to.equal('checkbox');
      expect([input(element, 'analytics/ga4').checked, input(element, 'analytics/matomo').checked]).to.deep.equal([true, false]);
    });

    it('switches both services with the category, and follows the services back', async () => {
      const element = await mountConfigured({ config: CONFIG });
      element.setConsent({ 'analytics/ga4': true });
      await openPreferences(element);
      const category = input(element, 'analytics');
      const ga4 = input(element, 'analytics/ga4');
      const matomo = input(element, 'analytics/matomo');
      const services = () => [ga4.checked, matomo.checked];

      category.click();
      expect(tri(category)).to.equal('on');
      expect(services()).to.deep.equal([true, true]);

      category.click();
      expect(tri(category)).to.equal('off');
      expect(services()).to.deep.equal([false, false]);

      matomo.click();
      expect(tri(category), 'one of two on').to.equal('mixed');
      ga4.click();
      expect(tri(category), 'both on').to.equal('on');
      ga4.click();
      expect(tri(category), 'one of two on again').to.equal('mixed');
      matomo.click();
      expect(tri(category), 'both off').to.equal('off');
    });

    it('"Save choices" after switching only Matomo on stores exactly that, closes the dialog and hides the banner', async () => {
      const element = await mountConfigured({ config: CONFIG });
      expect(isBannerShown(element)).to.equal(true);
      const dialog = await openPreferences(element);
      input(element, 'analytics/matomo').click();
      await clickButton(element, 'Save choices', dialog);
      expect(element.consent.services).to.deep.equal({ 'analytics/ga4': false, 'analytics/matomo': true });
      expect(element.consent.decided).to.equal(true);
      expect(element.hasConsent('analytics')).to.equal(true);
      expect(element.hasConsent('marketing')).to.equal(false);
      expect(pick(consentCookieJson())).to.deep.equal({ a: 'analytics/matomo', d: 'analytics/ga4.marketing' });
      expect(dialogOf(element) === null).to.equal(true);
      expect(isBannerShown(element)).to.equal(false);
    });
  });

  describe('language and country', () => {
    it('offers two labelled selects, "Language" and "Country", whose options are tags and ISO codes named in English', async () => {
      const element = await mountConfigured({ config: CONFIG });
      const dialog = await openPreferences(element);
      const language = selectLabelled(dialog, 'Language');
      const country = selectLabelled(dialog, 'Country');
      expect(language.name).to.equal('language');
      expect(country.name).to.equal('country');

      const languages = [...language.options];
      expect(languages.length).to.be.greaterThan(1);
      expect(languages.every((option) => Intl.getCanonicalLocales(option.value)[0] === option.value)).to.equal(true);
      expect(languages.find((option) => option.value === 'de')?.textContent.trim()).to.equal('German');

      const countries = [...country.options];
      const notSet = countries.filter((option) => option.value === '');
      expect(notSet.map((option) => option.textContent.trim())).to.deep.equal(['Not set']);
      const codes = countries.map((option) => option.value).filter(Boolean);
      expect(codes.length).to.be.greaterThan(200);
      expect(codes.every((code) => /^[A-Z]{2}$/.test(code))).to.equal(true);
      expect(new Set(codes).size).to.equal(codes.length);
      expect(codes.includes('EU') || codes.includes('ZZ')).to.equal(false);
      expect(countries.find((option) => option.value === 'CY')?.textContent.trim()).to.equal('Cyprus');
      expect(countries.find((option) => option.value === 'AT')?.textContent.trim()).to.equal('Austria');
    });

    it('shows the current language and country as selected', async () => {
      const element = await mountConfigured({ config: CONFIG, attributes: { lang: 'fr', country: 'CY' } });
      const dialog = await openPreferences(element);
      expect(selectLabelled(dialog, 'Language').value).to.equal('fr');
      expect(selectLabelled(dialog, 'Country').value).to.equal('CY');
    });

    it('stores a picked language and country, which win on the next visit over the lang and country attributes', async () => {
      const first = await mountConfigured({ config: CONFIG });
      const dialog = await openPreferences(first);
      choose(selectLabelled(dialog, 'Language'), 'de');
      choose(selectLabelled(dialog, 'Country'), 'AT');
      await clickButton(first, 'Save choices', dialog);
      const json = consentCookieJson();
      expect([json?.['la'], json?.['co'], json?.['u']]).to.deep.equal(['de', 'AT', 'cl']);
      expect([first.consent.language, first.consent.country]).to.deep.equal(['de', 'AT']);

      first.remove();
      const next = await mountConfigured({ config: CONFIG, attributes: { country: 'US', lang: 'fr' } });
      expect(next.consent.decided).to.equal(true);
      expect([next.consent.language, next.consent.country]).to.deep.equal(['de', 'AT']);
      const reopened = await openPreferences(next);
      expect(selectLabelled(reopened, 'Language').value).to.equal('de');
      expect(selectLabelled(reopened, 'Country').value).to.equal('AT');
    });

    it('stores "Not set" as no country, and that pick wins over a country attribute later', async () => {
      const first = await mountConfigured({ config: CONFIG, attributes: { country: 'CY' } });
      const dialog = await openPreferences(first);
      choose(selectLabelled(dialog, 'Country'), '');
      await clickButton(first, 'Save choices', dialog);
      expect(first.consent.country).to.equal(null);
      expect(consentCookieJson()?.['co']).to.equal(undefined);
      first.remove();
      const next = await mountConfigured({ config: CONFIG, attributes: { country: 'US' } });
      expect(next.consent.country).to.equal(null);
    });

    it('without a pick, a country attribute wins over the stored derived country on the next visit', async () => {
      const first = await mountConfigured({ config: CONFIG, attributes: { country: 'CY' } });
      first.acceptAll();
      const json = consentCookieJson();
      expect([json?.['co'], json?.['u']]).to.deep.equal(['CY', undefined]);

      first.remove();
      const unchanged = await mountConfigured({ config: CONFIG });
      expect(unchanged.consent.country, 'no attribute: the stored country').to.equal('CY');

      unchanged.remove();
      const moved = await mountConfigured({ config: CONFIG, attributes: { country: 'AT' } });
      expect(moved.consent.decided).to.equal(true);
      expect(moved.consent.country, 'the attribute').to.equal('AT');
    });
    it('does not count untouched selects as a pick: attributes still win on the next visit', async () => {
      const first = await mountConfigured({ config: CONFIG });
      const dialog = await openPreferences(first);
      input(first, 'marketing').click();
      await clickButton(first, 'Save choices', dialog);
      expect(consentCookieJson()?.['u']).to.equal(undefined);
      first.remove();
      const next = await mountConfigured({ config: CONFIG, attributes: { country: 'AT', lang: 'fr' } });
      expect([next.consent.country, next.consent.language]).to.deep.equal(['AT', 'fr']);
    });
  });

  describe('pre-ticked categories', () => {
    const PRETICKED: CookieConsentConfig = { categories: { analytics: { enabled: true }, marketing: {} } };

    it('shows an "enabled" category switched on before any decision, yet allows nothing until saved', async () => {
      const element = await mountConfigured({ config: PRETICKED });
      await openPreferences(element);
      expect(input(element, 'analytics').checked).to.equal(true);
      expect(input(element, 'marketing').checked).to.equal(false);
      expect(element.hasConsent('analytics')).to.equal(false);
      expect(element.consent.categories['analytics']).to.equal(false);
      expect(consentCookieJson()).to.equal(undefined);

      await clickButton(element, 'Save choices', dialogOf(element)!);
      expect(element.hasConsent('analytics')).to.equal(true);
      expect(element.hasConsent('marketing')).to.equal(false);
      expect(pick(consentCookieJson())).to.deep.equal({ a: 'analytics', d: 'marketing' });
    });

    it('closing the dialog without saving grants nothing, and a refusal is shown as off afterwards', async () => {
      const element = await mountConfigured({ config: PRETICKED });
      await openPreferences(element);
      await clickButton(element, '×', dialogOf(element)!);
      expect(element.hasConsent('analytics')).to.equal(false);
      expect(isBannerShown(element)).to.equal(true);

      element.rejectAll();
      await openPreferences(element);
      expect(input(element, 'analytics').checked).to.equal(false);
    });
  });

  describe('keyboard', () => {
    it('opens as a modal dialog with focus inside it', async () => {
      const element = await mountConfigured({ config: CONFIG });
      const dialog = await openPreferences(element);
      expect(dialog.matches(':modal')).to.equal(true);
      await waitFor(() => shadowOf(element).activeElement !== null, 'focus in the shadow root');
      expect(dialog.contains(shadowOf(element).activeElement)).to.equal(true);
      expect(document.activeElement === element).to.equal(true);
    });

    it('Escape closes the dialog and brings the banner back to an undecided visitor', async () => {
      const element = await mountConfigured({ config: CONFIG });
      await openPreferences(element);
      await sendKeys({ press: 'Escape' });
      await waitFor(() => dialogOf(element) === null, 'the dialog to close');
      await element.updateComplete;
      expect(isBannerShown(element)).to.equal(true);
      expect(element.consent.decided).to.equal(false);
      expect(consentCookieJson()).to.equal(undefined);
    });

    it('returns focus to the banner\'s Preferences button that opened it', async () => {
      const element = await mountConfigured({ config: CONFIG });
      const opener = shadowOf(element).querySelector<HTMLButtonElement>('[part~="preferences-button"]')!;
      opener.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      await waitFor(() => isDialogOpen(element), 'the dialog');
      expect(dialogOf(element)!.contains(shadowOf(element).activeElement)).to.equal(true);

      await sendKeys({ press: 'Escape' });
      await waitFor(() => dialogOf(element) === null, 'the dialog to close');
      await element.updateComplete;
      expect(isBannerShown(element)).to.equal(true);
      const focused = shadowOf(element).activeElement;
      expect(focused?.getAttribute('part') ?? `focus on ${String(focused?.tagName)} / ${document.activeElement?.tagName ?? 'none'}`).to.equal('button preferences-button');
    });

    it('returns focus to a page link with data-cookie-consent-open that opened it', async () => {
      const element = await mountConfigured({ config: CONFIG });
      element.acceptAll();
      const link = document.createElement('button');
      link.type = 'button';
      link.textContent = 'Cookie settings';
      link.setAttribute('data-cookie-consent-open', '');
      link.setAttribute('data-test-added', '');
      document.body.append(link);
      link.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      await waitFor(() => isDialogOpen(element), 'the dialog');
      expect(document.activeElement === element).to.equal(true);

      await sendKeys({ press: 'Escape' });
      await waitFor(() => dialogOf(element) === null, 'the dialog to close');
      expect(isBannerShown(element)).to.equal(false);
      expect(document.activeElement === link).to.equal(true);
    });
  });
});

describe('preferences under Global Privacy Control', () => {
  afterEach(() => {
    cleanPage();
    Reflect.deleteProperty(navigator, 'globalPrivacyControl');
  });

  it('offers marketing unchecked even when the config pre-ticks it', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    const element = await mountConfigured({ config: { categories: { analytics: { enabled: true }, marketing: { enabled: true } } } });
    element.showPreferences();
    await element.updateComplete;
    await waitFor(() => element.shadowRoot!.querySelector('dialog')?.open === true, 'the dialog');
    const checked = (id: string) => element.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${id}"]`)!.checked;
    expect(checked('analytics')).to.equal(true);
    expect(checked('marketing')).to.equal(false);
  });
});
