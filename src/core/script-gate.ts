/**
 * Why this exists: "nothing gated runs, loads or sets a cookie before consent".
 * Gated markup is inert by construction — `<script type="text/plain">` is never
 * fetched or run, an `<iframe>` or `<img>` with only `data-src` loads nothing —
 * and this module is what brings it to life once every category it names is
 * allowed: scripts are re-created as executable copies (in document order, with
 * the original's nonce, through Trusted Types), `data-src` becomes `src`.
 * A MutationObserver handles markup added later, e.g. by client-side routing.
 */
import { splitCategoryList } from './categories.js';
import { GATED_SELECTOR } from './gated-markup.js';
import { safeUrl } from './settings.js';
import { setScriptSource, setScriptText } from './trusted-script.js';
import { quote, type Warn } from './warnings.js';

export { GATED_SELECTOR } from './gated-markup.js';

/** Decides whether a gated element may be released, given the categories its `data-consent` names. */
export type ReleaseRule = (categories: readonly string[], element: Element) => boolean;

export interface ScriptGateOptions {
  /** The document to watch; defaults to the global one. */
  readonly document?: Document;
  /** Warning sink for refused URLs and Trusted Types problems. */
  readonly warn?: Warn;
  /** Called after every pass over gated markup (start, refresh, markup added), e.g. to place placeholders. */
  readonly onPass?: () => void;
}

const JAVASCRIPT_TYPES = /^(?:|module|(?:text|application)\/(?:x-)?(?:java|ecma)script)$/i;

/**
 * Watches a document for gated markup and releases each element once
 * `allows` says so. Call `refresh()` whenever the consent changes.
 */
export class ScriptGate {
  readonly #document: Document;
  readonly #warn: Warn;
  #observer: MutationObserver | undefined;
  /** Elements released or refused already, so a re-scan never handles one twice. */
  readonly #handled = new WeakSet<Element>();
  /** External scripts inserted but not yet loaded or failed. */
  #pendingExternals = 0;
  /** Released scripts waiting for their turn, in document order. */
  readonly #queue: HTMLScriptElement[] = [];

  readonly #allows: ReleaseRule;
  readonly #onPass: (() => void) | undefined;

  constructor(allows: ReleaseRule, options: ScriptGateOptions = {}) {
    this.#allows = allows;
    this.#onPass = options.onPass;
    this.#document = options.document ?? document;
    this.#warn = options.warn ?? (() => undefined);
  }

  /** Releases what is allowed now and starts watching for markup added later. */
  start(): void {
    if (this.#observer) return;
    this.#observer = new MutationObserver((records) => {
      const added: Element[] = [];
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          if (node.matches(GATED_SELECTOR)) added.push(node);
          added.push(...node.querySelectorAll(GATED_SELECTOR));
        }
      }
      this.#release(added);
    });
    this.#observer.observe(this.#document, { childList: true, subtree: true });
    this.refresh();
  }

  /** Stops watching. Elements already released stay released. */
  stop(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /** Re-checks every gated element in the document, e.g. after the consent changed. */
  refresh(): void {
    this.#release([...this.#document.querySelectorAll(GATED_SELECTOR)]);
  }

  #release(elements: readonly Element[]): void {
    for (const element of elements) {
      if (this.#handled.has(element) || !element.isConnected || !element.matches(GATED_SELECTOR)) continue;
      const categories = splitCategoryList(element.getAttribute('data-consent') ?? '');
      if (categories.length === 0 || !this.#allows(categories, element)) continue;
      this.#handled.add(element);
      if (element instanceof HTMLScriptElement) this.#queue.push(element);
      else this.#releaseSource(element);
    }
    this.#drain();
    this.#onPass?.();
  }

  /** `<iframe data-src>` and `<img data-src>`: the URL moves to `src` when it is http(s) or relative. */
  #releaseSource(element: Element): void {
    const raw = element.getAttribute('data-src') ?? '';
    if (!this.#loadable('data-src', raw)) return;
    element.removeAttribute('data-src');
    element.setAttribute('src', raw);
  }

  /**
   * Runs queued scripts in document order, as the parser would have. External
   * and module scripts are inserted with `async = false`, which makes the
   * browser execute them in insertion order while downloading in parallel; an
   * inline classic script runs the moment it is inserted, so it first waits
   * until every external script inserted before it has run or failed. An
   * inline module runs after the classic scripts around it — module scripts
   * are deferred in plain HTML too. Synchronous whenever
   * nothing is pending, so a returning visitor's inline scripts run at once.
   */
  #drain(): void {
    for (let script = this.#queue[0]; script; script = this.#queue[0]) {
      const inlineClassic = !script.hasAttribute('src') && (script.getAttribute('data-type') ?? '') !== 'module';
      if (inlineClassic && this.#pendingExternals > 0) return; // resumed by the last external to settle
      this.#queue.shift();
      const copy = this.#executableCopy(script);
      if (!copy || !script.isConnected) continue;
      // External scripts run later, in insertion order; an inline classic script
      // that follows must wait for them. Inline modules are deferred by nature,
      // exactly as in plain HTML, and fire no load event to wait for.
      if (copy.src && JAVASCRIPT_TYPES.test(copy.type)) this.#track(copy);
      script.replaceWith(copy);
    }
  }

  /** Counts an external script until it loads or fails, then lets the queue move on. */
  #track(script: HTMLScriptElement): void {
    this.#pendingExternals += 1;
    const settle = () => {
      script.removeEventListener('load', settle);
      script.removeEventListener('error', settle);
      this.#pendingExternals -= 1;
      if (this.#pendingExternals === 0) this.#drain();
    };
    script.addEventListener('load', settle);
    script.addEventListener('error', settle);
  }

  /** Only http(s) and relative URLs load; anything else (`javascript:`, `data:`) is refused with a warning. */
  #loadable(attribute: string, url: string): boolean {
    if (safeUrl(url, this.#document.baseURI)) return true;
    this.#warn(`Not loading ${attribute}=${quote(url)}: only http(s) and relative URLs load.`);
    return false;
  }

  /** Builds the runnable twin of a gated script, or returns undefined (with a warning) when it must stay inert. */
  #executableCopy(original: HTMLScriptElement): HTMLScriptElement | undefined {
    const copy = this.#document.createElement('script');
    for (const { name, value } of original.attributes) {
      if (name === 'type' || name === 'data-type' || name === 'src' || name === 'nonce') continue;
      copy.setAttribute(name, value);
    }
    const type = original.getAttribute('data-type');
    if (type) copy.type = type;
    // The nonce content attribute is hidden once connected; the property keeps it.
    if (original.nonce) copy.nonce = original.nonce;
    // Keep document order unless the author asked for async explicitly.
    copy.async = original.hasAttribute('async');
    const rawSrc = original.getAttribute('src');
    const ready = rawSrc === null ? setScriptText(copy, original.text) : this.#loadable('src', rawSrc) && setScriptSource(copy, rawSrc);
    if (!ready) return undefined;
    return copy;
  }
}
