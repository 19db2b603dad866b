import { html, nothing, render, type TemplateResult } from 'lit/html.js';
import type { CookieConsentConfig } from '../core/config.js';
import type { ConsentState } from '../core/consent-record.js';
import type { ConsentStore } from '../core/consent-store.js';
import { BLOCKED_EMBEDS } from '../core/gated-markup.js';
import { ConsentController, OBSERVED_ATTRIBUTES } from './consent-controller.js';
import { styles } from './cookie-consent.styles.js';
import { LitHost } from './lit-host.js';
import { loadExtras, type Extras } from './extras-loader.js';
import type { ExtrasHost } from './extras-host.js';
import { en, type BannerStrings, type UiStrings } from './strings.js';

/**
 * A cookie-consent banner. It shows the site's cookie notice until the visitor
 * decides, stores the decision in one first-party cookie, and releases markup
 * gated with `data-consent` once its categories are allowed.
 *
 * @tagname cookie-consent
 * @summary Cookie-consent banner and preferences, with script gating.
 *
 * @attr {string} categories - Optional category ids, space-separated (default `analytics marketing`). `necessary` always exists and is always on.
 * @attr {string} policy-url - Link to the full privacy policy (http(s) or relative), shown in the notice.
 * @attr {string} revision - Policy revision, a whole number (default `1`); a consent given under another revision no longer counts.
 * @attr {string} expires-days - Days a consent lasts, 1–395 (default `182`).
 * @attr {string} cookie-name - Name of the consent cookie (default `cc_consent`).
 * @attr {string} cookie-domain - `Domain` of the consent cookie, e.g. `.example.com` to share it across subdomains (default: the current host).
 * @attr {string} lang - UI language (default: the stored choice, else `<html lang>`, else the browser's languages, else `en`).
 * @attr {string} country - The visitor's ISO 3166-1 alpha-2 country, e.g. from server-side geolocation (default: the stored choice, else the region of the browser's language).
 * @attr {"light"|"dark"|"auto"} theme - Colour scheme (default `auto`, following `prefers-color-scheme`).
 * @attr {"opt-in"|"opt-out"|"auto"} mode - Whether optional categories are off (`opt-in`, default) or on (`opt-out`) before a decision; `auto` decides by the visitor's country (EEA, UK, CH or unknown: opt-in).
 * @attr {"respect"|"ignore"} gpc - With `respect` (default), Global Privacy Control turns `marketing` off before a decision.
 * @attr {boolean} google-consent-mode - Keep Google Consent Mode v2 in step (`consent default` denied, then `consent update`).
 * @attr {boolean} reload-on-withdraw - Reload the page after a withdrawal, so nothing of the withdrawn category keeps running.
 * @attr {string} consent-log-url - Endpoint that receives every decision (refusals too) as JSON, by `sendBeacon`.
 *
 * @fires consent-ready - Once, after the stored consent was read at start-up. `detail`: `ConsentState`.
 * @fires consent-change - Whenever the consent changes. `detail`: `ConsentState` plus `changed`, the category ids whose value changed.
 * @fires consent-show - The banner or the preferences opened. `detail`: `ConsentState` plus `view` (`banner` or `preferences`).
 * @fires consent-hide - The banner or the preferences closed. `detail`: `ConsentState` plus `view`.
 *
 * @csspart banner - The notice bar.
 * @csspart title - The notice heading.
 * @csspart notice - The notice text.
 * @csspart policy-link - The link to the privacy policy.
 * @csspart actions - The row of buttons.
 * @csspart button - Every button.
 * @csspart accept-button - "Accept all".
 * @csspart reject-button - "Reject all".
 * @csspart preferences-button - "Preferences".
 * @csspart dialog - The preferences dialog.
 * @csspart category - One category row in the preferences.
 * @csspart switch - A category or service switch.
 * @csspart service - One service row inside a category.
 * @csspart cookies - The unfoldable cookie table of a category or service.
 * @csspart select - The Language and Country selects.
 * @csspart save-button - "Save choices".
 * @csspart close-button - The dialog's close button.
 *
 * @cssprop [--cookie-consent-background=#ffffff] - Background of the banner and dialog.
 * @cssprop [--cookie-consent-color=#1c1f24] - Text colour.
 * @cssprop [--cookie-consent-muted-color=#4a515c] - Secondary text colour.
 * @cssprop [--cookie-consent-accent=#1f4fd1] - Background of "Accept all" and "Reject all", and of switches that are on.
 * @cssprop [--cookie-consent-on-accent=#ffffff] - Text on the accent colour.
 * @cssprop [--cookie-consent-border-color=#c9ced6] - Borders and switches that are off.
 * @cssprop [--cookie-consent-focus-color=#1f4fd1] - Focus ring.
 * @cssprop [--cookie-consent-radius=0.5rem] - Corner radius.
 * @cssprop [--cookie-consent-spacing=1rem] - Base spacing.
 * @cssprop [--cookie-consent-font=system-ui] - Font family.
 * @cssprop [--cookie-consent-z-index=2147483000] - Stacking order of the banner.
 * @cssprop [--cookie-consent-max-width=72rem] - Widest the banner's content grows.
 */
export class CookieConsent extends LitHost {
  protected readonly styles = styles;

  /** The element reads its settings from these attributes (see the README's table). */
  static get observedAttributes(): string[] {
    return [...OBSERVED_ATTRIBUTES];
  }

  readonly #controller = new ConsentController(this);
  /** The banner's text: English, with the config's translation for the visitor's language over it. */
  get #strings(): BannerStrings {
    return { ...en, ...this.#translation()[1] };
  }

  /** The UI language and the config's strings for it: exact tag first (`pt-BR`), then the base language (`pt`). */
  #translation(): [string, Partial<UiStrings>] {
    const { translations } = this.#controller.outline;
    const language = this.#controller.state.language ?? 'en';
    for (const tag of [language, language.split('-')[0] ?? language]) {
      if (Object.hasOwn(translations, tag)) return [tag, translations[tag] as Partial<UiStrings>];
    }
    return ['en', {}];
  }
  /** Element focused before the preferences opened, to return focus to on close. */
  #opener: Element | null = null;
  #unsubscribe: (() => void) | undefined;
  /** Connected and started (see connectedCallback). */
  #started = false;
  /** The on-demand extras (preferences view, config validator), once loaded. */
  #extras: Extras | undefined;
  #extrasLoading: Promise<unknown> | undefined;

  /** Any observed attribute re-applies the settings on the next update. */
  attributeChangedCallback(): void {
    this.requestUpdate();
  }

  connectedCallback(): void {
    // Upgraded by the parser at our start tag (a script tag without defer):
    // our children — the JSON config — are not parsed yet. Start once our end
    // tag has passed (a sibling follows us) or the document is parsed.
    if (document.readyState === 'loading' && !this.nextSibling && this.parentNode) {
      const parent = this.parentNode;
      const start = () => {
        observer.disconnect();
        document.removeEventListener('DOMContentLoaded', start);
        if (this.isConnected && !this.#started) this.connectedCallback();
      };
      const observer = new MutationObserver(() => {
        if (this.nextSibling || !this.isConnected) start();
      });
      observer.observe(parent, { childList: true });
      document.addEventListener('DOMContentLoaded', start);
      return;
    }
    this.#started = true;
    this.#controller.hostConnected();
    this.#unsubscribe = this.#controller.store.subscribe((state, _changed, cause) => {
      // Proof of consent: every decision, refusals too, to the site's endpoint.
      const url = this.#controller.logUrl;
      if (url && cause === 'decision') this.#withExtras((extras) => { extras.logDecision(this.#host, url, state); });
    });
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    if (!this.#started) return;
    this.#started = false;
    this.#unsubscribe?.();
    this.#controller.hostDisconnected();
  }

  protected override willUpdate(): void {
    this.#controller.hostUpdate();
  }

  /**
   * The JSON config: categories with labels, descriptions, cookies and
   * services; translations; the Consent Mode map. Wins over a child
   * `<script type="application/json">`; see the README for its shape.
   */
  get config(): CookieConsentConfig | undefined {
    return this.#controller.configProperty as CookieConsentConfig | undefined;
  }

  set config(value: CookieConsentConfig | undefined) {
    this.#controller.configProperty = value;
    this.requestUpdate();
  }

  /** The current consent. */
  get consent(): ConsentState {
    return this.#store().state;
  }

  /** `true` when `category` is allowed now (`necessary` always is). */
  hasConsent(category: string): boolean {
    return this.#store().has(category);
  }

  /** Allows every optional category. */
  acceptAll(): void {
    this.#store().acceptAll();
  }

  /** Refuses every optional category. */
  rejectAll(): void {
    this.#store().rejectAll();
  }

  /** Decides per category, e.g. `{ analytics: true, marketing: false }`; omitted categories keep their value. */
  setConsent(choices: Readonly<Record<string, boolean>>): void {
    const store = this.#store();
    const valid = this.#controller.validChoices(choices);
    if (valid) store.set(valid);
  }

  /** Opens the banner. */
  showBanner(): void {
    this.#controller.open('banner');
  }

  /** Opens the preferences dialog. */
  showPreferences(): void {
    this.#loadExtras();
    // What had focus: a page element, or (when it is inside us) our own button,
    // remembered by its part since the banner is redrawn.
    const active = document.activeElement === this ? this.shadowRoot?.activeElement : document.activeElement;
    this.#opener = active && active !== document.body ? active : null;
    this.#controller.open('preferences');
  }

  /** Closes the banner or the preferences. */
  hide(): void {
    this.#controller.close();
  }

  /** Forgets the choice: deletes the consent cookie and declared cookies, and shows the banner. */
  reset(): void {
    this.#store().reset();
  }

  /** The store, with the attributes applied (the API may be called before the first render). */
  #store(): ConsentStore {
    this.#controller.applySettings();
    return this.#controller.store;
  }

  protected override render(): TemplateResult | typeof nothing {
    switch (this.#controller.view) {
      case 'banner':
        return this.#renderBanner();
      case 'preferences':
        return this.#extras ? this.#extras.preferences(this.#host) : (this.#loadExtras(), nothing);
      default:
        return nothing;
    }
  }

  protected override updated(): void {
    // A visitor who sees the banner may open the preferences, and a config
    // deserves its full validation: fetch the extras while idle.
    const source = this.#controller.configSource;
    if (this.#extras && source.value !== undefined) this.#extras.validatedConfig(this.#host);
    if ((this.#controller.view === 'banner' || source.json !== null || source.value !== undefined) && !this.#extrasLoading) {
      // Safari has no requestIdleCallback.
      ('requestIdleCallback' in globalThis ? requestIdleCallback : setTimeout)(() => { this.#loadExtras(); });
    }
    const dialog = this.shadowRoot?.querySelector('dialog');
    // showModal() throws on a dialog outside the document: only while connected.
    if (dialog && !dialog.open && this.isConnected) dialog.showModal();
  }

  #renderBanner(): TemplateResult {
    const t = this.#strings;
    return html`
      <section class="s banner" part="banner" role="region" aria-labelledby="t" lang=${this.#translation()[0]}>
        <div class="in">
          <div class="text">
            <h2 id="t" part="title">${t.title}</h2>
            <p part="notice">${t.notice} ${this.#renderPolicyLink()}</p>
          </div>
          ${this.#renderChoices(
            html`<button type="button" part="button preferences-button" @click=${this.#onOpenPreferences}>${t.preferences}</button>`,
          )}
        </div>
      </section>
    `;
  }

  /** "Accept all" and "Reject all", identical in size and look, then a third action. */
  #renderChoices(third: TemplateResult): TemplateResult {
    const t = this.#strings;
    return html`
      <div class="actions" part="actions">
        <button type="button" class="choice" part="button accept-button" @click=${this.#onAcceptAll}>${t.acceptAll}</button>
        <button type="button" class="choice" part="button reject-button" @click=${this.#onRejectAll}>${t.rejectAll}</button>
        ${third}
      </div>
    `;
  }

  #renderPolicyLink(): TemplateResult | typeof nothing {
    const url = this.#controller.policyUrl;
    return url ? html`<a part="policy-link" href=${url}>${this.#strings.policyLink}</a>` : nothing;
  }

  /** The gate went over gated markup: blocked embeds get placeholders (and released ones lose them). */
  gatePassed(): void {
    if (this.#extras || document.querySelector(BLOCKED_EMBEDS)) {
      this.#withExtras((extras) => { extras.placeholders(this.#host); });
    }
  }

  /** What the extras may use of this element. */
  readonly #host: ExtrasHost = {
    html,
    nothing,
    render,
    controller: this.#controller,
    root: this.shadowRoot,
    translation: () => this.#translation(),
    notice: () => this.#strings.notice,
    policyLink: () => this.#renderPolicyLink(),
    choices: (third) => this.#renderChoices(third),
    decide: (choices, locale) => { this.#store().set(choices, locale); },
    close: () => { this.#controller.settle(); },
    dialogClosed: () => { this.#onDialogClose(); },
  };

  /** Runs `use` with the extras, loading them first if need be. */
  #withExtras(use: (extras: Extras) => void): void {
    if (this.#extras) use(this.#extras);
    else {
      this.#loadExtras();
      void this.#extrasLoading?.then(() => {
        if (this.#extras) use(this.#extras);
      });
    }
  }

  /** Loads the extras once; a failure leaves the banner in charge, with one warning. */
  #loadExtras(): void {
    if (this.#extrasLoading) return;
    const loading = loadExtras().then(
      (extras) => {
        this.#extras = extras;
        this.addStyles(extras.preferencesStyles);
        // Advice for the site owner, who sees the banner while building the site.
        if (this.#controller.view === 'banner') {
          void this.updateComplete.then(() => { extras.lint(this.#host); });
        }
      },
      (error: unknown) => {
        if ((error as Error).message !== 'reported') {
          console.warn(`[cookie-consent] Preferences unavailable (${String(error)}): host cookie-consent-extras.min.js beside cookie-consent.min.js.`);
        }
        if (this.#controller.view === 'preferences') this.#controller.settle();
      },
    );
    this.#extrasLoading = loading;
    this.waitFor(loading);
  }

  readonly #onAcceptAll = (): void => {
    this.acceptAll();
  };

  readonly #onRejectAll = (): void => {
    this.rejectAll();
  };

  readonly #onOpenPreferences = (): void => {
    this.showPreferences();
  };

  /** Escape, or the dialog closing any other way than through us, settles the view too. */
  readonly #onDialogClose = (): void => {
    if (this.#controller.view === 'preferences') this.#controller.settle();
    const opener = this.#opener;
    this.#opener = null;
    // Our own button was replaced when the banner was redrawn: focus its successor.
    const part = opener?.getAttribute('part');
    void this.updateComplete.then(() => {
      const target = opener?.isConnected ? opener : part ? this.shadowRoot?.querySelector(`[part="${part}"]`) : null;
      if (target instanceof HTMLElement) target.focus();
    });
  };
}
