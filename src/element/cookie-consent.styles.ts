/**
 * Why this exists: the banner must look right on any site without the site's
 * CSS breaking it, and under a CSP without 'unsafe-inline' — so every style is
 * in this one adopted stylesheet, themed only through the documented
 * `--cookie-consent-*` custom properties and `::part()` names.
 *
 * Internal custom properties have one-letter names on purpose: this text ships
 * verbatim to every visitor. The host holds the built-in palette (upper case:
 * --_B background, --_F text, --_M muted text, --_A accent, --_O text on
 * accent, --_L lines, --_C focus ring), switched by theme; the surface
 * resolves each against the public --cookie-consent-* property once (lower
 * case), so every public name is written once.
 */
// An identity tag, named `css` so the build minifies the text like any Lit stylesheet.
const css = String.raw;


export const styles = css`
  :host {
    --_B: #fff;
    --_F: #1c1f24;
    --_M: #4a515c;
    --_A: #1f4fd1;
    --_O: #fff;
    --_L: #c9ced6;
    --_C: #1f4fd1;
    /* The page's own rules on our tag (opacity, visibility, transform, filter…)
       must not hide the banner or unfix it: an important declaration here wins
       over the page's. Custom properties (the theming API) are untouched by all. */
    all: initial !important;
    display: block !important;
  }
  :host([theme='dark']) {
    --_B: #17191d;
    --_F: #eef0f3;
    --_M: #b9c0ca;
    --_A: #8fb0ff;
    --_O: #0b1330;
    --_L: #3b414b;
    --_C: #8fb0ff;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_B: #17191d;
      --_F: #eef0f3;
      --_M: #b9c0ca;
      --_A: #8fb0ff;
      --_O: #0b1330;
      --_L: #3b414b;
      --_C: #8fb0ff;
    }
  }
  * {
    box-sizing: border-box;
  }
  .s {
    --_b: var(--cookie-consent-background, var(--_B));
    --_f: var(--cookie-consent-color, var(--_F));
    --_m: var(--cookie-consent-muted-color, var(--_M));
    --_a: var(--cookie-consent-accent, var(--_A));
    --_o: var(--cookie-consent-on-accent, var(--_O));
    --_l: var(--cookie-consent-border-color, var(--_L));
    --_c: var(--cookie-consent-focus-color, var(--_C));
    --_g: var(--cookie-consent-spacing, 1rem);
    color: var(--_f);
    background: var(--_b);
    font: 400 clamp(0.875rem, 0.85rem + 0.2vw, 1rem) / 1.5 var(--cookie-consent-font, system-ui, sans-serif);
    text-align: start;
    border: 1px solid var(--_l);
  }
  .banner {
    position: fixed;
    inset: auto 0 0;
    z-index: var(--cookie-consent-z-index, 2147483000);
    border-width: 1px 0 0;
    box-shadow: 0 -4px 24px #0003;
    padding: var(--_g);
    /* Never the whole screen: the page stays reachable above it. */
    max-height: 80vh;
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
  .text,
  .actions {
    flex: 1 1 28rem;
  }
  /* Huge text scrolls inside the banner while the choices stay in view. */
  .banner .actions {
    position: sticky;
    bottom: 0;
    background: var(--_b);
  }
  h2 {
    font-size: 1.125em;
    margin: 0 0 0.25rem;
  }
  p {
    margin: 0;
  }
  a {
    color: inherit;
  }
  /* Equal columns: "Accept all" and "Reject all" are always the same size. */
  .actions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    gap: 0.5rem;
  }
  button {
    font: inherit;
    font-weight: 600;
    color: inherit;
    min-height: 2.75rem;
    padding: 0.5rem 1.25rem;
    border-radius: var(--cookie-consent-radius, 0.5rem);
    border: 2px solid var(--_l);
    background: none;
    cursor: pointer;
  }
  /* On narrow screens "Preferences" gets a row of its own under the two choices. */
  @media (max-width: 40rem) {
    .actions > :nth-child(3) {
      grid-column: 1 / -1;
    }
  }
  /* Accept and reject look the same on purpose: refusing must be as easy as agreeing. */
  .choice {
    background: var(--_a);
    border-color: var(--_a);
    color: var(--_o);
  }
  :focus-visible {
    outline: 3px solid var(--_c);
    outline-offset: 2px;
  }
`;
