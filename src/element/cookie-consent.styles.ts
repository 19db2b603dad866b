/**
 * Why this exists: the banner must look right on any site without the site's
 * CSS breaking it, and under a CSP without 'unsafe-inline' — so every style is
 * in this one adopted stylesheet, themed only through the documented
 * `--cookie-consent-*` custom properties and `::part()` names.
 *
 * Internal custom properties have one-letter names on purpose: this text ships
 * verbatim to every visitor. --_b background, --_f text, --_m muted text,
 * --_a accent, --_o text on accent, --_l lines, --_c focus ring, --_g spacing.
 */
// An identity tag, named `css` so the build minifies the text like any Lit stylesheet.
const css = String.raw;


export const styles = css`
  :host {
    --_b: var(--cookie-consent-background, #fff);
    --_f: var(--cookie-consent-color, #1c1f24);
    --_m: var(--cookie-consent-muted-color, #4a515c);
    --_a: var(--cookie-consent-accent, #1f4fd1);
    --_o: var(--cookie-consent-on-accent, #fff);
    --_l: var(--cookie-consent-border-color, #c9ced6);
    --_c: var(--cookie-consent-focus-color, #1f4fd1);
    --_g: var(--cookie-consent-spacing, 1rem);
    display: block !important;
  }
  :host([theme='dark']) {
  --_b: var(--cookie-consent-background, #17191d);
    --_f: var(--cookie-consent-color, #eef0f3);
    --_m: var(--cookie-consent-muted-color, #b9c0ca);
    --_a: var(--cookie-consent-accent, #8fb0ff);
    --_o: var(--cookie-consent-on-accent, #0b1330);
    --_l: var(--cookie-consent-border-color, #3b414b);
    --_c: var(--cookie-consent-focus-color, #8fb0ff);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_b: var(--cookie-consent-background, #17191d);
      --_f: var(--cookie-consent-color, #eef0f3);
      --_m: var(--cookie-consent-muted-color, #b9c0ca);
      --_a: var(--cookie-consent-accent, #8fb0ff);
      --_o: var(--cookie-consent-on-accent, #0b1330);
      --_l: var(--cookie-consent-border-color, #3b414b);
      --_c: var(--cookie-consent-focus-color, #8fb0ff);
    }
  }
  .s {
    box-sizing: border-box;
    color: var(--_f);
    background: var(--_b);
    font: 400 clamp(0.875rem, 0.85rem + 0.2vw, 1rem) / 1.5 var(--cookie-consent-font, system-ui, sans-serif);
    text-align: start;
    border: 1px solid var(--_l);
  }
  .s * {
    box-sizing: inherit;
    font: inherit;
    color: inherit;
    margin: 0;
  }
  .banner {
    position: fixed;
    inset: auto 0 0;
    z-index: var(--cookie-consent-z-index, 2147483000);
    border-width: 1px 0 0;
    box-shadow: 0 -4px 24px #0003;
    padding: var(--_g);
    max-height: 100vh;
    overflow: auto;
  }
  .in {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_g) calc(2 * var(--_g));
    max-width: var(--cookie-consent-max-width, 72rem);
    margin: auto;
  }
  .text {
    flex: 1 1 28rem;
  }
  h2 {
    font-size: 1.125em !important;
    font-weight: 700 !important;
    margin-bottom: 0.25rem !important;
  }
  a {
    text-decoration: underline;
  }
  /* Equal columns: "Accept all" and "Reject all" are always the same size. */
  .actions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    gap: 0.5rem;
    flex: 1 1 28rem;
  }
  button {
    font-weight: 600 !important;
    min-height: 2.75rem;
    padding: 0.5rem 1.25rem;
    border-radius: var(--cookie-consent-radius, 0.5rem);
    border: 2px solid var(--_l);
    background: none;
    cursor: pointer;
  }
  /* Accept and reject look the same on purpose: refusing must be as easy as agreeing. */
  .choice {
    background: var(--_a);
    border-color: var(--_a);
    color: var(--_o) !important;
  }
  :focus-visible {
    outline: 3px solid var(--_c);
    outline-offset: 2px;
  }
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
    margin: var(--_g) 0 !important;
  }
  li {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25rem var(--_g);
    padding: 0.75rem 0;
    border-top: 1px solid var(--_l);
  }
  label {
    font-weight: 600 !important;
  }
  .d,
  .intro {
    grid-column: 1 / -1;
    color: var(--_m) !important;
  }
  input {
    appearance: none;
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
