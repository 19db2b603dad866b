/**
 * Why this exists: LitElement costs about 2.2 KB gzip on top of lit-html, and
 * this banner ships to every visitor of every site before anything else. We
 * use Lit's templates and rendering (`lit/html.js`) and need only a sliver of
 * LitElement's lifecycle: batch updates into one render per microtask, expose
 * `updateComplete`, and adopt one constructed stylesheet (which keeps us free
 * of inline styles under a strict CSP). That sliver is this class.
 */
import { render, type TemplateResult, type nothing } from 'lit/html.js';

let sheet: CSSStyleSheet | undefined;

// Server-side rendering imports this module where there is no DOM; a stand-in
// base class keeps that import harmless (the element is never defined there).
// eslint-disable-next-line @typescript-eslint/no-extraneous-class -- an intentionally empty stand-in
const ElementBase = globalThis.HTMLElement as typeof HTMLElement | undefined ?? (class {} as typeof HTMLElement);

/** A custom element that renders a Lit template into an open shadow root. */
export abstract class LitHost extends ElementBase {
  /** Resolves after the pending render, like LitElement's. */
  updateComplete: Promise<boolean> = Promise.resolve(true);
  #pending = false;

  /** The element's stylesheet text; one constructed sheet is shared by every instance. */
  protected abstract readonly styles: string;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }

  /** Schedules a render in a microtask; several requests in one task render once. */
  requestUpdate(): void {
    if (this.#pending) return;
    this.#pending = true;
    this.updateComplete = Promise.resolve().then(() => {
      this.#pending = false;
      this.update();
      return true;
    });
  }

  /** Renders now: `willUpdate()`, the template, then `updated()`. */
  protected update(): void {
    const root = this.shadowRoot;
    if (!root) return;
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(this.styles);
    }
    if (root.adoptedStyleSheets[0] !== sheet) root.adoptedStyleSheets = [sheet];
    this.willUpdate();
    render(this.render(), root, { host: this });
    this.updated();
  }

  protected willUpdate(): void {
    // For subclasses.
  }

  protected abstract render(): TemplateResult | typeof nothing;

  protected updated(): void {
    // For subclasses.
  }
}
