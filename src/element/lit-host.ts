/**
 * Why this exists: LitElement costs about 2.2 KB gzip on top of lit-html, and
 * this banner ships to every visitor of every site before anything else. We
 * use Lit's templates and rendering (`lit/html.js`) and need only a sliver of
 * LitElement's lifecycle: batch updates into one render per microtask, expose
 * `updateComplete`, and adopt constructed stylesheets (which keeps us free of
 * inline styles under a strict CSP). That sliver is this class.
 */
import { render, type TemplateResult, type nothing } from 'lit/html.js';
import { sheetFor } from './stylesheets.js';

// Server-side rendering imports this module where there is no DOM; a stand-in
// base class keeps that import harmless (the element is never defined there).
// eslint-disable-next-line @typescript-eslint/no-extraneous-class -- an intentionally empty stand-in
const ElementBase = globalThis.HTMLElement as typeof HTMLElement | undefined ?? (class {} as typeof HTMLElement);

/** A custom element that renders a Lit template into an open shadow root. */
export abstract class LitHost extends ElementBase {
  /** The element's stylesheet text. */
  protected abstract readonly styles: string;
  /** Stylesheet text added later, e.g. by a lazily loaded view. */
  #extraStyles: string[] = [];
  /** The scheduled render, if any. */
  #render: Promise<void> | undefined;
  /** Work the next render depends on, e.g. a view being loaded. */
  readonly #work = new Set<Promise<unknown>>();

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }

  /** Resolves once no render is scheduled and no awaited work is pending, like LitElement's. */
  get updateComplete(): Promise<boolean> {
    return (async () => {
      while (this.#render || this.#work.size > 0) await Promise.all([this.#render, ...this.#work]);
      return true;
    })();
  }

  /** Schedules a render in a microtask; several requests in one task render once. */
  requestUpdate(): void {
    this.#render ??= Promise.resolve().then(() => {
      this.#render = undefined;
      this.update();
    });
  }

  /** Adds a stylesheet after the element's own (for a view loaded later). */
  protected addStyles(cssText: string): void {
    if (!this.#extraStyles.includes(cssText)) this.#extraStyles.push(cssText);
    this.requestUpdate();
  }

  /** Makes `updateComplete` wait for `work` too (and for the render it requests). */
  protected waitFor(work: Promise<unknown>): void {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.#work.add(settled);
    void settled.then(() => this.#work.delete(settled));
  }

  /** Renders now: `willUpdate()`, the template, then `updated()`. */
  protected update(): void {
    const root = this.shadowRoot;
    if (!root) return;
    const wanted = [this.styles, ...this.#extraStyles].map(sheetFor);
    if (wanted.some((sheet, index) => root.adoptedStyleSheets[index] !== sheet)) root.adoptedStyleSheets = wanted;
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
