/**
 * Why this exists: the script-tag build is classic scripts, which cannot
 * `import()` one another under every Content Security Policy. The main bundle
 * and a lazily added chunk meet at one well-known slot on `globalThis` instead:
 * whichever arrives first leaves something there for the other.
 */
const SLOT = Symbol.for('cookie-consent-element/extras');

type Slot = ((module: unknown) => void) | object | undefined;
const slots = globalThis as unknown as Record<symbol, Slot>;

/** Called by the chunk: hands its module to a waiting loader, or leaves it for a later one. */
export function deliver(module: object): void {
  const waiting = slots[SLOT];
  if (typeof waiting === 'function') waiting(module);
  else slots[SLOT] = module;
}

/** Called by the loader: resolves with the module when the chunk delivers it (or already has). */
export function receive<T>(): Promise<T> {
  return new Promise((resolve) => {
    const delivered = slots[SLOT];
    if (delivered && typeof delivered === 'object') resolve(delivered as T);
    else slots[SLOT] = (module: unknown) => { resolve(module as T); };
  });
}
