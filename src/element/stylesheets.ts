/**
 * Why this exists: styles are constructed stylesheets (adopted, so a strict
 * CSP needs no 'unsafe-inline'), built once per text and shared by every
 * shadow root that uses them. No Lit import, so the on-demand extras can use
 * it without pulling in lit-html.
 */
const sheets = new Map<string, CSSStyleSheet>();

/** The constructed stylesheet for `cssText`, built on first use. */
export function sheetFor(cssText: string): CSSStyleSheet {
  let sheet = sheets.get(cssText);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText);
    sheets.set(cssText, sheet);
  }
  return sheet;
}
