/**
 * The test page is served at `/`, where only `Path=/` cookies are visible, and
 * `history.replaceState` does not move Chromium's cookie URL. Tests about
 * cookies on longer paths therefore load an existing file of this repository
 * in a same-origin frame (its document then lives at `/src/core/…`) and import
 * the module under test inside it, so the module reads that frame's
 * `document.cookie` and `location`.
 */

/** A same-origin frame whose document sits deeper than `/`, with a module loaded inside it. */
export interface DeepFrame<Module> {
  readonly frame: HTMLIFrameElement;
  readonly window: Window;
  readonly document: Document;
  /** The module under test, instantiated inside the frame. */
  readonly module: Module;
  /** The directory of the frame's path, e.g. `/src/core`: where a cookie set without `Path` lands. */
  readonly directory: string;
}

/** Opens the deep frame and imports `modulePath` (e.g. `/src/core/cookie-codec.ts`) inside it. */
export async function deepFrame<Module>(modulePath: string): Promise<DeepFrame<Module>> {
  const frame = document.createElement('iframe');
  frame.setAttribute('data-test-added', '');
  frame.src = '/src/core/index.ts';
  const loaded = new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
  });
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { eval: (code: string) => unknown };
  const url = new URL(modulePath, location.href).href;
  const module = await (win.eval(`import(${JSON.stringify(url)})`) as Promise<Module>);
  const directory = win.location.pathname.slice(0, win.location.pathname.lastIndexOf('/'));
  return { frame, window: win, document: win.document, module, directory };
}

/** Deletes every cookie `doc` can see on `/` and every prefix of its path, with and without a trailing slash. */
export function clearCookiesOnAllPaths(doc: Document): void {
  const paths = ['/'];
  let prefix = '';
  for (const segment of (doc.defaultView?.location.pathname ?? '/').split('/').filter(Boolean)) {
    prefix += `/${segment}`;
    paths.push(prefix, `${prefix}/`);
  }
  for (const pair of doc.cookie.split('; ').filter(Boolean)) {
    const name = pair.split('=')[0]!;
    for (const path of paths) doc.cookie = `${name}=; Max-Age=0; Path=${path}`;
  }
}
