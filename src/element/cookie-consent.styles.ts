/**
 * Why this exists: the banner must look right on any site without the site's
 * CSS breaking it, and under a CSP without 'unsafe-inline' — so every style is
 * in this one adopted stylesheet, themed only through the documented
 * `--cookie-consent-*` custom properties and `::part()` names.
 */
import { css } from 'lit';

export const styles = css`
  :host {
    --_bg: var(--cookie-consent-background, #ffffff);
    --_fg: var(--cookie-consent-color, #1c1f24);
    --_muted: var(--cookie-consent-muted-color, #4a515c);
    --_accent: var(--cookie-consent-accent, #1f4fd1);
    --_on-accent: var(--cookie-consent-on-accent, #ffffff);
    --_border: var(--cookie-consent-border-color, #c9ced6);
    --_focus: var(--cookie-consent-focus-color, #1f4fd1);
    --_radius: var(--cookie-consent-radius, 0.5rem);
    --_gap: var(--cookie-consent-spacing, 1rem);
    display: block !important;
    position: static !important;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_bg: var(--cookie-consent-background, #17191d);
      --_fg: var(--cookie-consent-color, #eef0f3);
      --_muted: var(--cookie-consent-muted-color, #b9c0ca);
      --_accent: var(--cookie-consent-accent, #8fb0ff);
      --_on-accent: var(--cookie-consent-on-accent, #0b1330);
      --_border: var(--cookie-consent-border-color, #3b414b);
      --_focus: var(--cookie-consent-focus-color, #8fb0ff);
    }
  }
  :host([theme='dark']) {
    --_bg: var(--cookie-consent-background, #17191d);
    --_fg: var(--cookie-consent-color, #eef0f3);
    --_muted: var(--cookie-consent-muted-color, #b9c0ca);
    --_accent: var(--cookie-consent-accent, #8fb0ff);
    --_on-accent: var(--cookie-consent-on-accent, #0b1330);
    --_border: var(--cookie-consent-border-color, #3b414b);
    --_focus: var(--cookie-consent-focus-color, #8fb0ff);
  }

  .surface {
    box-sizing: border-box;
    color: var(--_fg);
    background: var(--_bg);
    font: 400 1rem/1.5 var(--cookie-consent-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: clamp(0.875rem, 0.85rem + 0.2vw, 1rem);
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
  }
  .surface *,
  .surface *::before,
  .surface *::after {
    box-sizing: border-box;
  }

  .banner {
    position: fixed;
    inset: auto 0 0 0;
    z-index: var(--cookie-consent-z-index, 2147483000);
    border-top: 1px solid var(--_border);
    box-shadow: 0 -0.25rem 1.5rem rgb(0 0 0 / 0.15);
    padding: var(--_gap);
    max-height: 100vh;
    overflow: auto;
  }
  .banner-inner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gap) calc(var(--_gap) * 2);
    max-width: var(--cookie-consent-max-width, 72rem);
    margin: 0 auto;
  }
  .text {
    flex: 1 1 28rem;
    min-width: 0;
  }
  h2 {
    margin: 0 0 0.25rem;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  p {
    margin: 0;
  }
  a {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    flex: 0 1 auto;
  }
  button {
    font: inherit;
    font-weight: 600;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 1.25rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    cursor: pointer;
    margin: 0;
  }
  /* Accept and reject look the same on purpose: refusing must be as easy as agreeing. */
  .choice {
    background: var(--_accent);
    color: var(--_on-accent);
    flex: 1 1 9rem;
  }
  .secondary {
    background: transparent;
    color: var(--_fg);
    border-color: var(--_border);
    flex: 1 1 9rem;
  }
  button:focus-visible,
  a:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  dialog {
    width: min(40rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    box-shadow: 0 1rem 3rem rgb(0 0 0 / 0.3);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog-body {
    padding: calc(var(--_gap) * 1.25);
  }
  .dialog-head {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: var(--_gap);
  }
  .close {
    background: transparent;
    color: var(--_fg);
    border-color: transparent;
    padding: 0.25rem 0.75rem;
    font-size: 1.25em;
    line-height: 1;
  }
  .intro {
    color: var(--_muted);
    margin-bottom: var(--_gap);
  }
  ul {
    list-style: none;
    margin: 0 0 var(--_gap);
    padding: 0;
  }
  li {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25rem var(--_gap);
    padding: 0.75rem 0;
    border-top: 1px solid var(--_border);
  }
  li:last-child {
    border-bottom: 1px solid var(--_border);
  }
  .category-label {
    font-weight: 600;
  }
  .category-description {
    grid-column: 1 / -1;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .switch {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    cursor: pointer;
  }
  .switch input {
    appearance: none;
    margin: 0;
    width: 2.75rem;
    height: 1.5rem;
    border-radius: 999px;
    background: var(--_border);
    position: relative;
    cursor: pointer;
    transition: background-color 0.15s;
  }
  .switch input::before {
    content: '';
    position: absolute;
    top: 0.1875rem;
    left: 0.1875rem;
    width: 1.125rem;
    height: 1.125rem;
    border-radius: 50%;
    background: var(--_bg);
    transition: transform 0.15s;
  }
  .switch input:checked {
    background: var(--_accent);
  }
  .switch input:checked::before {
    transform: translateX(1.25rem);
  }
  .switch input:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  .always-on {
    color: var(--_muted);
    font-size: 0.875em;
  }
  @media (prefers-reduced-motion: reduce) {
    .switch input,
    .switch input::before {
      transition: none;
    }
  }
`;
