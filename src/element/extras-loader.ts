/**
 * Why this exists: one place that knows how the on-demand extras are loaded.
 * For npm users it is an ordinary dynamic import, which their bundler splits
 * out. The script-tag build swaps this file for `src/cdn/extras-loader.ts`.
 */
export type Extras = typeof import('./extras.js');

/** Loads the extras module. */
export const loadExtras = (): Promise<Extras> => import('./extras.js');
