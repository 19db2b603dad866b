/**
 * Why this exists: the preferences dialog is opened by a minority of visitors,
 * yet it is the largest piece of the UI. It lives in the on-demand extras, so
 * the script every visitor downloads stays small. It imports nothing from Lit
 * at run time: the element hands it Lit's `html` and `nothing`, so the
 * script-tag chunk carries no second copy of lit-html.
 */
import type { html as litHtml, nothing as litNothing, TemplateResult } from 'lit/html.js';
import type { CategoryInfo, ConsentConfig, CookieInfo, ServiceInfo } from '../core/config.js';
import { enPreferences, type CategoryText, type PreferencesStrings } from './preferences-strings.js';

/** The languages offered in the preferences (those the UI is being translated into). */
export const LANGUAGES = ['ar', 'de', 'en', 'es', 'fr', 'he', 'it', 'ja', 'ko', 'nl', 'pl', 'pt', 'ru', 'tr', 'uk', 'zh'];

// Codes Intl.DisplayNames names that are not countries.
const NOT_COUNTRIES = ['EU', 'EZ', 'QO', 'UN', 'XA', 'XB', 'ZZ'];

/** What the element gives the view. */
export interface PreferencesContext {
  readonly html: typeof litHtml;
  readonly nothing: typeof litNothing;
  /** Overrides of the view's English text (a translation). */
  readonly strings?: Partial<PreferencesStrings>;
  /** The language the UI is shown in, for the names of languages and countries. */
  readonly uiLanguage: string;
  /** Optional category ids, in order. */
  readonly categories: readonly string[];
  /** The validated config: labels, descriptions, cookies and services. */
  readonly config: ConsentConfig;
  /** Current value of every category (necessary included) and every `category/service`. */
  readonly values: Readonly<Record<string, boolean>>;
  /** Whether the visitor has decided; before that, config `enabled` pre-ticks a switch. */
  readonly decided: boolean;
  /** Categories never pre-ticked (marketing under Global Privacy Control). */
  readonly neverPreTicked?: readonly string[];
  /** The visitor's language and country now. */
  readonly language: string | null;
  readonly country: string | null;
  readonly policyLink: TemplateResult | typeof litNothing;
  /** The "Accept all" / "Reject all" row, with `third` after them. */
  readonly choices: (third: TemplateResult) => TemplateResult;
  /** Called with the switches' values and the picked language and country when the visitor saves. */
  readonly onSave: (choices: Record<string, boolean>, locale: { language?: string; country?: string | null }) => void;
  /** The close button. */
  readonly onClose: () => void;
  /** The dialog closed (Escape, or any other way). */
  readonly onDialogClose: () => void;
}

/** Styles of the dialog, adopted next to the element's own when this module loads. */
export const preferencesStyles = String.raw`
  dialog {
    width: min(42rem, 100vw - 2rem);
    max-height: calc(100vh - 2rem);
    padding: calc(1.25 * var(--_g));
    border-radius: 0.75rem;
  }
  dialog::backdrop {
    background: #0008;
  }
  .head,
  .locale {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem var(--_g);
  }
  .locale {
    margin-bottom: var(--_g);
  }
  .locale label {
    display: grid;
    gap: 0.25rem;
    flex: 1 1 12rem;
    min-width: 0;
  }
  select {
    width: 100%;
    min-width: 0;
    font: inherit;
    color: inherit;
    background: var(--_b);
    border: 1px solid var(--_l);
    border-radius: 0.375rem;
    min-height: 2.75rem;
    padding: 0 0.5rem;
  }
  .close {
    border-color: transparent;
    padding: 0 0.75rem;
  }
  ul {
    list-style: none;
    padding: 0;
    margin: var(--_g) 0;
  }
  li {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: center;
    gap: 0.25rem var(--_g);
    padding: 0.75rem 0;
    border-top: 1px solid var(--_l);
  }
  li li {
    padding: 0.5rem 0 0.5rem var(--_g);
  }
  label {
    font-weight: 600;
  }
  .d,
  .intro,
  details,
  li ul {
    grid-column: 1 / -1;
    margin: 0;
  }
  .d,
  .intro,
  details {
    color: var(--_m);
  }
  summary {
    cursor: pointer;
    min-height: 1.5rem;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.875em;
  }
  th,
  td {
    text-align: start;
    padding: 0.25rem 0.5rem 0.25rem 0;
    border-bottom: 1px solid var(--_l);
    overflow-wrap: break-word;
  }
  /* Cookie names are long tokens (_hjSessionUser_1234567): let them break anywhere. */
  td:first-child {
    overflow-wrap: anywhere;
  }
  input {
    appearance: none;
    margin: 0;
    /* Never below a 24 px target, even on pages with html { font-size: 62.5% }. */
    width: max(2.75rem, 44px);
    height: max(1.5rem, 24px);
    border-radius: 1rem;
    /* The "off" track needs 3:1 against the dialog (WCAG 1.4.11): the muted text colour has it. */
    background: var(--_m);
    cursor: pointer;
    display: flex;
    align-items: center;
    padding: 3px;
    transition: 0.15s;
  }
  input::before {
    content: '';
    width: max(1.125rem, 18px);
    height: max(1.125rem, 18px);
    border-radius: 50%;
    background: var(--_b);
    transition: inherit;
  }
  input:checked,
  input:indeterminate {
    background: var(--_a);
  }
  input:checked::before {
    transform: translateX(max(1.25rem, 20px));
  }
  input:indeterminate::before {
    transform: translateX(max(0.625rem, 10px));
  }
  input:disabled {
    opacity: 0.7;
    cursor: default;
  }
  @media (prefers-reduced-motion: reduce) {
    input {
      transition: none;
    }
  }
`;

/** The preferences dialog: a switch per category (and service), cookie tables, language and country. */
export function renderPreferences(context: PreferencesContext): TemplateResult {
  const { html, categories, config } = context;
  const t: PreferencesStrings = { ...enPreferences, ...context.strings };
  const info = (id: string): CategoryInfo => config.categories.find((category) => category.id === id) ?? { id, enabled: false, cookies: [], services: [] };
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const choices: Record<string, boolean> = {};
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name]:not(:disabled)')) {
      if (!input.dataset.group) choices[input.name] = input.checked;
    }
    const field = (name: string) => (form.elements.namedItem(name) as HTMLSelectElement).value;
    // Only what the visitor changed is their own pick; an untouched select leaves
    // the country to the site's geolocation and the language to the page.
    const language = field('language');
    const country = field('country') || null;
    context.onSave(choices, {
      ...(language === context.language ? {} : { language }),
      ...(country === context.country ? {} : { country }),
    });
  };
  return html`
    <dialog class="s" part="dialog" aria-labelledby="p" lang=${context.uiLanguage} @close=${context.onDialogClose}>
      <form method="dialog" @submit=${onSubmit}>
        <div class="head">
          <h2 id="p">${t.preferencesTitle}</h2>
          <button type="button" class="close" part="button close-button" aria-label=${t.close} @click=${context.onClose}>×</button>
        </div>
        <p class="intro">${t.preferencesIntro} ${context.policyLink}</p>
        <ul>
          ${['necessary', ...categories].map((id) => renderCategory(context, t, info(id)))}
        </ul>
        ${renderLocale(context, t)}
        ${context.choices(html`<button type="submit" part="button save-button">${t.saveChoices}</button>`)}
      </form>
    </dialog>
  `;
}

/** One category: its name labels the switch; a category with services switches them all, and shows "mixed" when they differ. */
function renderCategory(context: PreferencesContext, t: PreferencesStrings, category: CategoryInfo): TemplateResult {
  const { html, nothing, values } = context;
  const { id, services } = category;
  const text = categoryText(t, category);
  const serviceValues = services.map((service) => values[`${id}/${service.id}`] === true);
  const preTicked = !context.decided && category.enabled && !context.neverPreTicked?.includes(id);
  const on = (value: boolean | undefined) => value === true || preTicked;
  const mixed = serviceValues.includes(true) && serviceValues.includes(false);
  // A category switch with services is a tri-state checkbox (role="switch" has no mixed state).
  const onCategory = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    for (const service of input.closest('li')?.querySelectorAll<HTMLInputElement>(`input[data-category="${id}"]`) ?? []) service.checked = input.checked;
  };
  return html`
    <li part="category">
      <label for="s-${id}">${text.label}</label>
      <input
        id="s-${id}"
        part="switch"
        type="checkbox"
        role=${services.length > 0 ? 'checkbox' : 'switch'}
        name=${id}
        data-group=${services.length > 0 ? 'yes' : ''}
        .checked=${id === 'necessary' || on(values[id]) && !mixed}
        .indeterminate=${mixed}
        ?disabled=${id === 'necessary'}
        aria-describedby="d-${id}"
        @change=${onCategory}
      />
      <p class="d" id="d-${id}">${text.description}</p>
      ${services.length > 0 ? html`<ul>${services.map((service) => renderService(context, t, id, service, on))}</ul>` : nothing}
      ${renderCookies(context, t, category.cookies)}
    </li>
  `;
}

function renderService(
  context: PreferencesContext,
  t: PreferencesStrings,
  category: string,
  service: ServiceInfo,
  on: (value: boolean | undefined) => boolean,
): TemplateResult {
  const { html, values } = context;
  const id = `${category}/${service.id}`;
  const key = `${category}-${service.id}`;
  // Keeps the category's tri-state in step with its services.
  const onService = (event: Event) => {
    const list = (event.currentTarget as HTMLElement).closest('ul');
    const group = list?.parentElement?.querySelector<HTMLInputElement>(`#s-${category}`);
    const states = [...(list?.querySelectorAll<HTMLInputElement>('input') ?? [])].map((input) => input.checked);
    if (group) {
      group.indeterminate = states.includes(true) && states.includes(false);
      group.checked = states.every(Boolean);
    }
  };
  return html`
    <li part="service">
      <label for="s-${key}">${service.label ?? service.id}</label>
      <input id="s-${key}" part="switch" type="checkbox" role="switch" name=${id} data-category=${category} .checked=${on(values[id])} aria-describedby="d-${key}" @change=${onService} />
      <p class="d" id="d-${key}">${service.description ?? ''}</p>
      ${renderCookies(context, t, service.cookies)}
    </li>
  `;
}

/** The cookies a category or service sets, in a table the visitor can unfold. */
function renderCookies({ html, nothing }: PreferencesContext, t: PreferencesStrings, cookies: readonly CookieInfo[]): unknown {
  if (cookies.length === 0) return nothing;
  return html`
    <details part="cookies">
      <summary>${t.cookies} (${cookies.length})</summary>
      <table>
        <thead>
          <tr><th scope="col">${t.cookieName}</th><th scope="col">${t.cookiePurpose}</th><th scope="col">${t.cookieDuration}</th></tr>
        </thead>
        <tbody>
          ${cookies.map((cookie) => html`<tr><td>${cookieLabel(cookie.name)}${cookie.domain ? ` (${cookie.domain})` : ''}</td><td>${cookie.purpose ?? ''}</td><td>${cookie.duration ?? ''}</td></tr>`)}
        </tbody>
      </table>
    </details>
  `;
}

/** The visitor's language and country, named in the UI language by the browser (no name tables shipped). */
function renderLocale({ html, uiLanguage, language, country }: PreferencesContext, t: PreferencesStrings): TemplateResult {
  const languages = new Intl.DisplayNames([uiLanguage], { type: 'language' });
  const regions = new Intl.DisplayNames([uiLanguage], { type: 'region', fallback: 'none' });
  const languageCodes = language && !LANGUAGES.includes(language) ? [...LANGUAGES, language] : LANGUAGES;
  const option = ([code, name]: [string, string], selected: string | null) => html`<option value=${code} ?selected=${code === selected}>${name}</option>`;
  const byName = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1], uiLanguage);
  return html`
    <div class="locale">
      <label>
        ${t.language}
        <select name="language" part="select">
          ${languageCodes.map((code): [string, string] => [code, languages.of(code) ?? code]).sort(byName).map((entry) => option(entry, language))}
        </select>
      </label>
      <label>
        ${t.country}
        <select name="country" part="select">
          <option value="" ?selected=${country === null}>${t.countryNotSet}</option>
          ${countries(regions).sort(byName).map((entry) => option(entry, country))}
        </select>
      </label>
    </div>
  `;
}

/** A cookie name as a visitor reads it: a prefix pattern `/^_ga_/` becomes `_ga_…`; other patterns stay as written. */
export function cookieLabel(name: string): string {
  const prefix = /^\/\^((?:[\w-]|\\\.)+)\/[a-z]*$/.exec(name);
  return prefix ? `${(prefix[1] ?? '').replaceAll('\\.', '.')}…` : name;
}

/** Every ISO 3166-1 alpha-2 code the browser can name, with its name. */
function countries(names: Intl.DisplayNames): [string, string][] {
  const list: [string, string][] = [];
  for (let first = 65; first <= 90; first += 1) {
    for (let second = 65; second <= 90; second += 1) {
      const code = String.fromCharCode(first, second);
      const name = NOT_COUNTRIES.includes(code) ? undefined : names.of(code);
      if (name && name !== code) list.push([code, name]);
    }
  }
  return list;
}

/** Text for a category: the config's, else ours, else its id ("live-chat" → "Live chat"). */
export function categoryText(strings: PreferencesStrings, category: CategoryInfo): CategoryText {
  const ours = Object.hasOwn(strings.categories, category.id) ? strings.categories[category.id] : undefined;
  const words = category.id.replace(/-/g, ' ');
  return {
    label: category.label ?? ours?.label ?? words.charAt(0).toUpperCase() + words.slice(1),
    description: category.description ?? ours?.description ?? '',
  };
}
