/**
 * Why this exists: the host site reacts to consent through DOM events. Their
 * names and `detail` shapes are part of the public contract, so they are typed
 * here once and registered in the global event maps, which gives
 * `addEventListener('consent-change', e => e.detail.changed)` full types.
 */
import type { ConsentState } from '../core/consent-record.js';

/** Which view opened or closed. */
export type ConsentView = 'banner' | 'preferences';

/** `detail` of `consent-change`. */
export interface ConsentChangeDetail extends ConsentState {
  /** Category ids whose value changed with this decision (empty when a decision confirmed the same values). */
  readonly changed: readonly string[];
}

/** `detail` of `consent-show` and `consent-hide`. */
export interface ConsentViewDetail extends ConsentState {
  readonly view: ConsentView;
}

/** Every event the element fires, by name. */
export interface ConsentEventMap {
  'consent-ready': CustomEvent<ConsentState>;
  'consent-change': CustomEvent<ConsentChangeDetail>;
  'consent-show': CustomEvent<ConsentViewDetail>;
  'consent-hide': CustomEvent<ConsentViewDetail>;
}

/** Creates one of our events: bubbling and composed, so a listener on `document` hears it. */
export function consentEvent<K extends keyof ConsentEventMap>(
  type: K,
  detail: ConsentEventMap[K]['detail'],
): ConsentEventMap[K] {
  return new CustomEvent(type, { detail, bubbles: true, composed: true }) as ConsentEventMap[K];
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends ConsentEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends ConsentEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface WindowEventMap extends ConsentEventMap {}
}
