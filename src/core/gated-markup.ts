/**
 * Why this exists: what gated markup looks like is shared by the gate (which
 * releases it), the element and the placeholders (which look for what is
 * still blocked). One definition, with no dependencies, so the on-demand
 * extras can use it without pulling the gate in.
 */

/** Embeds still waiting for consent: `data-src` has not become `src` yet. */
export const BLOCKED_EMBEDS = 'iframe[data-consent][data-src], img[data-consent][data-src]';

/** Markup the gate manages and that is still waiting for consent. */
export const GATED_SELECTOR = `script[type="text/plain"][data-consent], ${BLOCKED_EMBEDS}`;
