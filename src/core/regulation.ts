/**
 * Why this exists: whether optional cookies may run before the visitor
 * answers depends on the law where the visitor is. `mode` says so: `opt-in`
 * (nothing optional before consent), `opt-out` (on until refused), or `auto`,
 * which picks opt-in for the EEA, the UK and Switzerland — and for an unknown
 * country, since guessing wrong there is the costly mistake. Global Privacy
 * Control, where respected, turns marketing off whatever the mode.
 */
export type Mode = 'opt-in' | 'opt-out' | 'auto';
export const MODES: readonly [Mode, ...Mode[]] = ['opt-in', 'opt-out', 'auto'];

// EU member states, the other EEA states (IS, LI, NO), the UK and Switzerland.
const OPT_IN_COUNTRIES = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK IS LI NO GB CH'.split(' ');

/** The category Global Privacy Control switches off. */
export const GPC_CATEGORY = 'marketing';

/** `opt-in` or `opt-out` for a visitor from `country` (null: unknown). */
export function effectiveMode(mode: Mode, country: string | null): 'opt-in' | 'opt-out' {
  if (mode !== 'auto') return mode;
  // Unknown (null, or not an alpha-2 code) means opt-in: guessing wrong there is the costly mistake.
  const code = country?.toUpperCase() ?? '';
  return /^[A-Z]{2}$/.test(code) && !OPT_IN_COUNTRIES.includes(code) ? 'opt-out' : 'opt-in';
}

/** Values of the optional categories before the visitor decides. */
export function defaultValues(categories: readonly string[], mode: 'opt-in' | 'opt-out', gpc: boolean): Record<string, boolean> {
  return Object.fromEntries(categories.map((id) => [id, mode === 'opt-out' && !(gpc && id === GPC_CATEGORY)]));
}

/** True when the browser sends Global Privacy Control. */
export function gpcSignal(): boolean {
  return typeof navigator !== 'undefined' && (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true;
}
