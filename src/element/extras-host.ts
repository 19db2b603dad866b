/**
 * Why this exists: the on-demand extras need a few things of the element —
 * Lit's functions (so they carry no copy of lit-html), the controller, the
 * UI text, and the buttons it draws. This is that contract, in one place, so
 * the glue lives in the extras and the bundle every visitor loads stays small.
 */
import type { html, nothing, render, TemplateResult } from 'lit/html.js';
import type { ConsentController } from './consent-controller.js';
import type { UiStrings } from './strings.js';

export interface ExtrasHost {
  readonly html: typeof html;
  readonly nothing: typeof nothing;
  readonly render: typeof render;
  readonly controller: ConsentController;
  /** The element's shadow root (the lint reads the rendered buttons). */
  readonly root: ShadowRoot | null;
  /** The UI language and the config's strings for it. */
  translation(): [string, Partial<UiStrings>];
  /** The notice text the visitor reads. */
  notice(): string;
  /** The link to the privacy policy, if any. */
  policyLink(): TemplateResult | typeof nothing;
  /** The "Accept all" / "Reject all" row, with `third` after them. */
  choices(third: TemplateResult): TemplateResult;
  /** Records a decision (already validated choices), with the visitor's pick of language and country. */
  decide(choices: Record<string, boolean>, locale?: { language?: string; country?: string | null }): void;
  /** The dialog's close button. */
  close(): void;
  /** The dialog closed (Escape, or any other way). */
  dialogClosed(): void;
}
