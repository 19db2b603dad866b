import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { ConsentState } from '../core/consent-record.js';
import { ConsentController } from './consent-controller.js';
import { styles } from './cookie-consent.styles.js';
import { categoryText, en, type UiStrings } from './strings.js';

/**
 * A cookie-consent banner. It shows the site's cookie notice until the visitor
 * decides, stores the decision in one first-party cookie, and releases markup
 * gated with `data-consent` once its categories are allowed.
 *
 * @summary Cookie-consent banner and preferences, with script gating.
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
 * @csspart switch - A category switch.
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
export class CookieConsent extends LitElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    categories: { reflect: true },
    policyUrl: { attribute: 'policy-url', reflect: true },
    revision: { reflect: true },
    expiresDays: { attribute: 'expires-days', reflect: true },
    cookieName: { attribute: 'cookie-name', reflect: true },
    cookieDomain: { attribute: 'cookie-domain', reflect: true },
    country: { reflect: true },
    theme: { reflect: true },
  };

  /** Re-render when `lang` changes too; it stays the native `lang` property. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** Optional category ids, space-separated (default `analytics marketing`). `necessary` is implied. */
  declare categories: string | null;
  /** Link to the full privacy policy (http(s) or relative). */
  declare policyUrl: string | null;
  /** Policy revision; a consent given under another revision no longer counts (default `1`). */
  declare revision: string | null;
  /** Days a consent lasts, 1–395 (default `182`). */
  declare expiresDays: string | null;
  /** Name of the consent cookie (default `cc_consent`). */
  declare cookieName: string | null;
  /** `Domain` of the consent cookie, e.g. `.example.com`; the current host when absent. */
  declare cookieDomain: string | null;
  /** The visitor's country (ISO 3166-1 alpha-2), e.g. from server-side geolocation. */
  declare country: string | null;
  /** `light`, `dark` or `auto` (default, follows `prefers-color-scheme`). */
  declare theme: string | null;

  private readonly controller = new ConsentController(this);
  private readonly strings: UiStrings = en;
  /** Element focused before the preferences opened, to return focus to on close. */
  private opener: Element | null = null;

  constructor() {
    super();
    this.categories = null;
    this.policyUrl = null;
    this.revision = null;
    this.expiresDays = null;
    this.cookieName = null;
    this.cookieDomain = null;
    this.country = null;
    this.theme = null;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** The current consent. */
  get consent(): ConsentState {
    this.controller.applySettings();
    return this.controller.state;
  }

  /** `true` when `category` is allowed now (`necessary` always is). */
  hasConsent(category: string): boolean {
    this.controller.applySettings();
    return this.controller.store.has(category);
  }

  /** Allows every optional category. */
  acceptAll(): void {
    this.controller.applySettings();
    this.controller.store.acceptAll();
  }

  /** Refuses every optional category. */
  rejectAll(): void {
    this.controller.applySettings();
    this.controller.store.rejectAll();
  }

  /** Decides per category, e.g. `{ analytics: true, marketing: false }`; omitted categories keep their value. */
  setConsent(choices: Readonly<Record<string, boolean>>): void {
    this.controller.applySettings();
    const valid = this.controller.validChoices(choices);
    if (valid) this.controller.store.set(valid);
  }

  /** Opens the banner. */
  showBanner(): void {
    this.controller.open('banner');
  }

  /** Opens the preferences dialog. */
  showPreferences(): void {
    const active = document.activeElement;
    this.opener = active && active !== document.body ? active : null;
    this.controller.open('preferences');
  }

  /** Closes the banner or the preferences. */
  hide(): void {
    this.controller.close();
  }

  /** Forgets the choice: deletes the consent cookie and declared cookies, and shows the banner. */
  reset(): void {
    this.controller.applySettings();
    this.controller.store.reset();
  }

  override render(): TemplateResult | typeof nothing {
    switch (this.controller.view) {
      case 'banner':
        return this.renderBanner();
      case 'preferences':
        return this.renderPreferences();
      default:
        return nothing;
    }
  }

  override updated(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
  }

  private renderBanner(): TemplateResult {
    const t = this.strings;
    return html`
      <section class="surface banner" part="banner" role="region" aria-label=${t.bannerLabel} aria-labelledby="cc-title">
        <div class="banner-inner">
          <div class="text">
            <h2 id="cc-title" part="title">${t.title}</h2>
            <p part="notice">${t.notice} ${this.renderPolicyLink()}</p>
          </div>
          <div class="actions" part="actions">
            <button type="button" class="choice" part="button accept-button" @click=${this.onAcceptAll}>${t.acceptAll}</button>
            <button type="button" class="choice" part="button reject-button" @click=${this.onRejectAll}>${t.rejectAll}</button>
            <button type="button" class="secondary" part="button preferences-button" @click=${this.onOpenPreferences}>${t.preferences}</button>
          </div>
        </div>
      </section>
    `;
  }

  private renderPolicyLink(): TemplateResult | typeof nothing {
    const url = this.controller.policyUrl;
    return url ? html`<a part="policy-link" href=${url}>${this.strings.policyLink}</a>` : nothing;
  }

  private renderPreferences(): TemplateResult {
    const t = this.strings;
    const state = this.controller.state;
    const optional = this.controller.store.policy.categories;
    return html`
      <dialog class="surface" part="dialog" aria-labelledby="cc-prefs-title" @close=${this.onDialogClose}>
        <form class="dialog-body" method="dialog" @submit=${this.onSave}>
          <div class="dialog-head">
            <h2 id="cc-prefs-title">${t.preferencesTitle}</h2>
            <button type="button" class="close" part="button close-button" aria-label=${t.close} @click=${this.onClose}>×</button>
          </div>
          <p class="intro">${t.preferencesIntro} ${this.renderPolicyLink()}</p>
          <ul>
            ${this.renderCategory('necessary', true, true)}
            ${optional.map((id) => this.renderCategory(id, state.categories[id] === true, false))}
          </ul>
          <div class="actions" part="actions">
            <button type="button" class="choice" part="button accept-button" @click=${this.onAcceptAll}>${t.acceptAll}</button>
            <button type="button" class="choice" part="button reject-button" @click=${this.onRejectAll}>${t.rejectAll}</button>
            <button type="submit" class="secondary" part="button save-button">${t.saveChoices}</button>
          </div>
        </form>
      </dialog>
    `;
  }

  private renderCategory(id: string, checked: boolean, locked: boolean): TemplateResult {
    const text = categoryText(this.strings, id);
    const inputId = `cc-switch-${id}`;
    const descriptionId = `cc-description-${id}`;
    return html`
      <li part="category">
        <label class="category-label" for=${inputId}>${text.label}</label>
        <span class="switch">
          ${locked ? html`<span class="always-on" aria-hidden="true">${this.strings.alwaysOn}</span>` : nothing}
          <input
            id=${inputId}
            part="switch"
            type="checkbox"
            role="switch"
            name=${id}
            .checked=${checked}
            ?disabled=${locked}
            aria-describedby=${descriptionId}
          />
        </span>
        <span class="category-description" id=${descriptionId}>${text.description}</span>
      </li>
    `;
  }

  private readonly onAcceptAll = (): void => {
    this.acceptAll();
  };

  private readonly onRejectAll = (): void => {
    this.rejectAll();
  };

  private readonly onOpenPreferences = (): void => {
    this.showPreferences();
  };

  private readonly onClose = (): void => {
    this.controller.settle();
  };

  private readonly onSave = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const choices: Record<string, boolean> = {};
    for (const id of this.controller.store.policy.categories) {
      const input = form.elements.namedItem(id);
      if (input instanceof HTMLInputElement) choices[id] = input.checked;
    }
    this.setConsent(choices);
  };

  /** Escape, or the dialog closing any other way than through us, settles the view too. */
  private readonly onDialogClose = (): void => {
    if (this.controller.view === 'preferences') this.controller.settle();
    const opener = this.opener;
    this.opener = null;
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
  };
}
