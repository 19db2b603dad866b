/**
 * Why this exists: the script-tag build's way to load the preferences view.
 * It adds `cookie-consent-preferences.min.js`, found next to the main bundle,
 * as a classic script carrying the main bundle's nonce (so a nonce-based CSP
 * allows it) and its URL through our Trusted Types policy.
 */
import type { PreferencesModule } from '../element/preferences-loader.js';
import { setScriptSource } from '../core/trusted-script.js';
import { receive } from './chunk-slot.js';

/** A failure whose cause was already reported to the console. */
export const REPORTED = 'reported';

// Captured while the main bundle runs: later, currentScript is someone else's.
const ours = typeof document === 'undefined' ? null : (document.currentScript as HTMLScriptElement | null);
const chunkUrl = ours?.src ? new URL('cookie-consent-preferences.min.js', ours.src).href : undefined;

let loading: Promise<PreferencesModule> | undefined;

/** Loads the preferences view chunk once; rejects when it cannot be loaded. */
export function loadPreferencesView(): Promise<PreferencesModule> {
  loading ??= new Promise<PreferencesModule>((resolve, reject) => {
    if (!chunkUrl) {
      reject(new Error('the script-tag bundle cannot tell where it was loaded from'));
      return;
    }
    const script = document.createElement('script');
    if (ours?.nonce) script.nonce = ours.nonce;
    script.addEventListener('error', () => { reject(new Error(`could not load ${chunkUrl}`)); });
    // Refused by Trusted Types: already reported once for the whole page.
    if (!setScriptSource(script, chunkUrl)) {
      reject(new Error(REPORTED));
      return;
    }
    void receive<PreferencesModule>().then(resolve);
    document.head.append(script);
  });
  return loading;
}
