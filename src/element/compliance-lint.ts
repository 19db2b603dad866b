/**
 * Why this exists: some settings are legal on our side but faulted by
 * European regulators. A site owner should hear about them while building,
 * not from a regulator. Each rule gives one console warning naming the rule
 * and its source; nothing the visitor sees changes. It runs from the
 * on-demand extras when the banner is shown.
 */
import type { ConsentConfig } from '../core/config.js';

/** What the lint looks at. */
export interface LintContext {
  /** `opt-in` or `opt-out` for this visitor. */
  readonly mode: 'opt-in' | 'opt-out';
  readonly config: ConsentConfig;
  readonly policyUrl: string | undefined;
  /** The rendered "Accept all" and "Reject all" buttons of the banner. */
  readonly accept: Element | null;
  readonly reject: Element | null;
  readonly warn: (message: string) => void;
}

const TASKFORCE = 'EDPB cookie banner taskforce report, January 2023';
const CNIL = 'CNIL guidelines and recommendation on cookies, 2020';

// What must look the same for "Reject all" to be as easy as "Accept all".
const SAME_LOOK = ['display', 'visibility', 'opacity', 'font-size', 'font-weight', 'color', 'background-color', 'width', 'height'];

/** Runs every rule; each finding is one warning. */
export function lintCompliance(context: LintContext): void {
  const warn = (rule: string, source: string) => {
    context.warn(`Compliance: ${rule} (${source}). The banner still works; this is advice.`);
  };
  if (context.mode === 'opt-in') {
    for (const category of context.config.categories) {
      if (category.enabled) warn(`category "${category.id}" is pre-ticked ("enabled": true) in opt-in mode; pre-ticked boxes are not consent`, `${TASKFORCE}; CJEU C-673/17 Planet49`);
    }
  }
  if (!context.policyUrl) warn('no policy-url: the notice links to no privacy policy', `${CNIL}; GDPR art. 13`);
  const { accept, reject } = context;
  if (accept && reject) {
    const a = getComputedStyle(accept);
    const r = getComputedStyle(reject);
    // Sizes may differ by a fraction of a pixel in a grid; anything else must match exactly.
    const differs = SAME_LOOK.filter((property) => {
      const [x, y] = [a.getPropertyValue(property), r.getPropertyValue(property)];
      return property === 'width' || property === 'height' ? Math.abs(parseFloat(x) - parseFloat(y)) > 1 : x !== y;
    });
    if (differs.length > 0) warn(`"Reject all" is hidden or styled unlike "Accept all" (${differs.join(', ')}); refusing must be as easy as accepting`, TASKFORCE);
  }
}
