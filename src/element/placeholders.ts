/**
 * Why this exists: an embed blocked by consent (a video, a map) should not
 * leave a blank hole. In its place, in its own box, a placeholder says what
 * it is (its `title`), which category keeps it blocked, and offers a button
 * that allows exactly that category (or service), so it loads at once. It
 * ships in the on-demand extras; each placeholder is its own shadow root with
 * an adopted stylesheet, so neither the page's CSS nor a strict CSP gets in
 * the way.
 */
import type { html as litHtml, render as litRender } from 'lit/html.js';
import type { ConsentConfig } from '../core/config.js';
import { BLOCKED_EMBEDS } from '../core/gated-markup.js';
import { safeUrl } from '../core/settings.js';
import { sheetFor } from './stylesheets.js';
import { enPreferences, type PreferencesStrings } from './preferences-strings.js';
import { categoryText } from './preferences-view.js';


/** What the element gives the placeholders. */
export interface PlaceholderContext {
  readonly html: typeof litHtml;
  readonly render: typeof litRender;
  readonly strings?: Partial<PreferencesStrings>;
  /** The validated config, for the names of categories and services. */
  readonly config: ConsentConfig;
  /** What an embed needs allowed: its categories, and `category/service` for its service; undefined when nothing offered can allow it. */
  readonly needs: (embed: Element) => string[] | undefined;
  /** Allows what an embed needs. */
  readonly allow: (choices: Record<string, boolean>) => void;
}

export const placeholderStyles = String.raw`
  :host {
    display: inline-block;
    box-sizing: border-box;
    max-width: 100%;
    vertical-align: top;
  }
  div {
    box-sizing: border-box;
    display: grid;
    align-content: center;
    justify-items: start;
    gap: 0.5rem;
    width: 100%;
    height: 100%;
    min-height: 8rem;
    padding: 1rem;
    border: 1px dashed var(--cookie-consent-border-color, #8a919c);
    border-radius: var(--cookie-consent-radius, 0.5rem);
    background: var(--cookie-consent-background, #f4f5f7);
    color: var(--cookie-consent-color, #1c1f24);
    font: 400 1rem/1.4 var(--cookie-consent-font, system-ui, sans-serif);
  }
  p {
    margin: 0;
  }
  button {
    font: inherit;
    font-weight: 600;
    min-height: 2.75rem;
    padding: 0.5rem 1.25rem;
    border-radius: var(--cookie-consent-radius, 0.5rem);
    border: 2px solid var(--cookie-consent-accent, #1f4fd1);
    background: var(--cookie-consent-accent, #1f4fd1);
    color: var(--cookie-consent-on-accent, #fff);
    cursor: pointer;
  }
  @media (prefers-color-scheme: dark) {
    div {
      border-color: var(--cookie-consent-border-color, #5b626d);
      background: var(--cookie-consent-background, #22252a);
      color: var(--cookie-consent-color, #eef0f3);
    }
    button {
      border-color: var(--cookie-consent-accent, #8fb0ff);
      background: var(--cookie-consent-accent, #8fb0ff);
      color: var(--cookie-consent-on-accent, #0b1330);
    }
  }
  button:focus-visible {
    outline: 3px solid var(--cookie-consent-focus-color, #1f4fd1);
    outline-offset: 2px;
  }
`;

/** Each blocked embed and its placeholder. */
const shown = new Map<Element, HTMLElement>();

/** Adds a placeholder to every blocked embed that has none, and removes those whose embed loaded or left. */
export function syncPlaceholders(context: PlaceholderContext): void {
  // Only embeds the visitor can actually unblock: known categories, a loadable URL.
  const blocked = new Set(
    [...document.querySelectorAll(BLOCKED_EMBEDS)].filter((embed) => context.needs(embed) && safeUrl(embed.getAttribute('data-src') ?? '', document.baseURI)),
  );
  for (const [embed, holder] of shown) {
    if (blocked.has(embed) && embed.isConnected) continue;
    holder.remove();
    (embed as HTMLElement).hidden = false;
    shown.delete(embed);
  }
  for (const embed of blocked) if (!shown.has(embed)) shown.set(embed, placeholderFor(embed as HTMLElement, context));
}

/** The name of a category, or of a `category/service`. */
function label({ config }: PlaceholderContext, t: PreferencesStrings, id: string): string {
  const [categoryId = id, serviceId] = id.split('/');
  const category = config.categories.find((entry) => entry.id === categoryId) ?? { id: categoryId, enabled: false, cookies: [], services: [] };
  const service = serviceId === undefined ? undefined : category.services.find((entry) => entry.id === serviceId);
  return serviceId === undefined ? categoryText(t, category).label : (service?.label ?? serviceId);
}

function placeholderFor(embed: HTMLElement, context: PlaceholderContext): HTMLElement {
  const { html } = context;
  const t: PreferencesStrings = { ...enPreferences, ...context.strings };
  const needed = context.needs(embed) ?? [];
  const names = needed.map((id) => label(context, t, id)).join(', ');
  const title = [embed.title, embed.getAttribute('alt')].find(Boolean) ?? t.placeholderTitle;
  const holder = document.createElement('div');
  holder.setAttribute('data-cookie-consent-placeholder', '');
  const root = holder.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sheetFor(placeholderStyles)];
  // Its box takes the embed's size (CSSOM, which a strict style-src allows).
  const size = (attribute: string, fallback: string) => {
    const value = embed.getAttribute(attribute);
    return value && /^\d+$/.test(value) ? `${value}px` : fallback;
  };
  holder.style.width = size('width', '100%');
  holder.style.height = size('height', 'auto');
  const allow = () => {
    context.allow(Object.fromEntries(needed.map((id) => [id, true])));
  };
  context.render(
    html`
      <div role="group" aria-label=${title} part="placeholder">
        <p><strong>${title}</strong></p>
        <p>${t.placeholderText.replace('{category}', names)}</p>
        <button type="button" @click=${allow}>${t.placeholderAllow.replace('{category}', names)}</button>
      </div>
    `,
    root,
  );
  embed.hidden = true;
  embed.before(holder);
  return holder;
}
