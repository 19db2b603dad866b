/**
 * Why this exists: one place that knows how the preferences view is loaded.
 * For npm users it is an ordinary dynamic import, which their bundler splits
 * out. The script-tag build swaps this file for `src/cdn/preferences-loader.ts`.
 */
export type PreferencesModule = typeof import('./preferences-view.js');

/** Loads the preferences view module. */
export const loadPreferencesView = (): Promise<PreferencesModule> => import('./preferences-view.js');
