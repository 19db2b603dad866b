/**
 * Why this exists: the script-tag build's way to load the extras.
 * It adds `cookie-consent-extras.min.js`, found next to the main bundle,
 * as a classic script carrying the main bundle's nonce (so a nonce-based CSP
 * allows it) and its URL through our Trusted Types policy.
 */
import type { Extras } from '../element/extras-loader.js';
import { setScriptSource } from '../core/trusted-script.js';
import { receive } from './chunk-slot.js';

/** A failure whose cause was already reported to the console. */
export const REPORTED = 'reported';

// Captured while the main bundle runs: later, currentScript is someone else's.
const ours = typeof document === 'undefined' ? null : (document.currentScript as HTMLScriptElement | null);
const chunkUrl = ours?.src ? new URL('cookie-consent-extras.min.js', ours.src).href : undefined;

let loading: Promise<Extras> | undefined;

/** Loads the extras chunk once; rejects when it cannot be loaded. */
export function loadExtras(): Promise<Extras> {
  loading ??= new Promise<Extras>((resolve, reject) => {
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
    void receive<Extras>().then(resolve);
    document.head.append(script);
  });
  return loading;
}
