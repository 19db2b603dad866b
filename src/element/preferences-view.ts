/**
 * Why this exists: the preferences dialog is opened by a minority of visitors,
 * yet it is the largest piece of the UI. It lives in its own module, loaded on
 * first use (or when the browser is idle after the banner appears), so the
 * script every visitor downloads stays small. It imports nothing from Lit at
 * run time: the element hands it Lit's `html` and `nothing`, so the
 * script-tag chunk carries no second copy of lit-html.
 */
import type { html as litHtml, nothing as litNothing, TemplateResult } from 'lit/html.js';
import { enPreferences, type CategoryText, type PreferencesStrings } from './preferences-strings.js';

/** What the element gives the view. */
export interface PreferencesContext {
  readonly html: typeof litHtml;
  readonly nothing: typeof litNothing;
  /** Overrides of the view's English text (a translation, or the site's own labels). */
  readonly strings?: Partial<PreferencesStrings>;
  /** Optional category ids, in order. */
  readonly categories: readonly string[];
  /** Current value of every category (necessary included). */
  readonly values: Readonly<Record<string, boolean>>;
  readonly policyLink: TemplateResult | typeof litNothing;
  /** The "Accept all" / "Reject all" row, with `third` after them. */
  readonly choices: (third: TemplateResult) => TemplateResult;
  /** Called with the switches' values when the visitor saves. */
  readonly onSave: (choices: Record<string, boolean>) => void;
  /** The close button. */
  readonly onClose: () => void;
  /** The dialog closed (Escape, or any other way). */
  readonly onDialogClose: () => void;
}

/** Styles of the dialog, adopted next to the element's own when this module loads. */
export const preferencesStyles = String.raw`
  dialog {
    width: min(40rem, 100vw - 2rem);
    max-height: calc(100vh - 2rem);
    padding: calc(1.25 * var(--_g));
    border-radius: 0.75rem;
  }
  dialog::backdrop {
    background: #0008;
  }
  .head {
    display: flex;
    justify-content: space-between;
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
    gap: 0.25rem var(--_g);
    padding: 0.75rem 0;
    border-top: 1px solid var(--_l);
  }
  label {
    font-weight: 600;
  }
  .d,
  .intro {
    grid-column: 1 / -1;
    color: var(--_m);
  }
  input {
    appearance: none;
    margin: 0;
    width: 2.75rem;
    height: 1.5rem;
    border-radius: 1rem;
    background: var(--_l);
    cursor: pointer;
    display: flex;
    align-items: center;
    padding: 3px;
    transition: 0.15s;
  }
  input::before {
    content: '';
    width: 1.125rem;
    height: 1.125rem;
    border-radius: 50%;
    background: var(--_b);
    transition: inherit;
  }
  input:checked {
    background: var(--_a);
  }
  input:checked::before {
    transform: translateX(1.25rem);
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

/** The preferences dialog: one switch per category, necessary on and locked. */
export function renderPreferences(context: PreferencesContext): TemplateResult {
  const { html, categories } = context;
  const t: PreferencesStrings = { ...enPreferences, ...context.strings };
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const choices: Record<string, boolean> = {};
    for (const id of categories) {
      const input = form.elements.namedItem(id);
      if (input instanceof HTMLInputElement) choices[id] = input.checked;
    }
    context.onSave(choices);
  };
  return html`
    <dialog class="s" part="dialog" aria-labelledby="p" @close=${context.onDialogClose}>
      <form method="dialog" @submit=${onSubmit}>
        <div class="head">
          <h2 id="p">${t.preferencesTitle}</h2>
          <button type="button" class="close" part="button close-button" aria-label=${t.close} @click=${context.onClose}>×</button>
        </div>
        <p class="intro">${t.preferencesIntro} ${context.policyLink}</p>
        <ul>
          ${['necessary', ...categories].map((id) => renderCategory(context, t, id))}
        </ul>
        ${context.choices(html`<button type="submit" part="button save-button">${t.saveChoices}</button>`)}
      </form>
    </dialog>
  `;
}

/** One category: its name labels the switch, its description describes it. */
function renderCategory({ html, values }: PreferencesContext, strings: PreferencesStrings, id: string): TemplateResult {
  const text = categoryText(strings, id);
  return html`
    <li part="category">
      <label for="s-${id}">${text.label}</label>
      <input id="s-${id}" part="switch" type="checkbox" role="switch" name=${id} .checked=${values[id] === true} ?disabled=${id === 'necessary'} aria-describedby="d-${id}" />
      <span class="d" id="d-${id}">${text.description}</span>
    </li>
  `;
}

/** Text for a category, falling back to its id ("live-chat" → "Live chat") when we have none. */
export function categoryText(strings: PreferencesStrings, id: string): CategoryText {
  if (Object.hasOwn(strings.categories, id)) {
    const text = strings.categories[id];
    if (text) return text;
  }
  const words = id.replace(/-/g, ' ');
  return { label: words.charAt(0).toUpperCase() + words.slice(1), description: '' };
}
