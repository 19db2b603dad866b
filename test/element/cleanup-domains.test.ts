/**
 * Withdrawing a category deletes its declared cookies on the current host and
 * on every parent domain, for every path prefix of the page. That needs a host
 * with real parent domains: Chromium resolves *.localhost to the loopback and
 * the test server answers on any host, so the fixture page is served on
 * a.b.site.localhost. It is another site than the test page, and Chromium here
 * refuses cookies in a cross-site frame, so the page is opened as a top-level
 * window (first-party, as a visitor sees a site) and driven by postMessage.
 */
import { expect } from '@esm-bundle/chai';

const HOST = 'a.b.site.localhost';
const PARENTS = ['b.site.localhost', 'site.localhost'];
const PAGE_PATH = '/test/fixtures/cleanup/page.html';
const PATHS = ['/', '/test/fixtures', '/test/fixtures/cleanup'];

/** What the fixture page answers: its `document.cookie`, plus what the command reports. */
interface Reply {
  id?: number;
  ready?: boolean;
  cookie: string;
  stored?: boolean;
  analytics?: boolean;
  error?: string;
}

/** A cookie the fixture sets: name, value, `Domain` (null: host-only), `Path`. */
type CookieSpec = [name: string, value: string, domain: string | null, path: string];

interface HostPage {
  send(command: string, payload?: object): Promise<Reply>;
  close(): void;
}

let lastId = 0;

/** Opens the fixture page on `host` in a new top-level window and waits until it listens. */
async function openHostPage(host: string): Promise<HostPage> {
  const url = `https://${host}:${location.port}${PAGE_PATH}`;
  const { origin } = new URL(url);
  const ready = new Promise<void>((resolve) => {
    const onMessage = (event: MessageEvent<Reply>) => {
      if (event.origin !== origin || event.data.ready !== true) return;
      window.removeEventListener('message', onMessage);
      resolve();
    };
    window.addEventListener('message', onMessage);
  });
  const target = window.open(url, '_blank');
  if (!target) throw new Error(`Could not open ${url}`);
  await ready;
  return {
    send(command, payload = {}) {
      const id = ++lastId;
      return new Promise((resolve, reject) => {
        const onMessage = (event: MessageEvent<Reply>) => {
          if (event.origin !== origin || event.data.id !== id) return;
          window.removeEventListener('message', onMessage);
          if (event.data.error !== undefined) reject(new Error(`${command}: ${event.data.error}`));
          else resolve(event.data);
        };
        window.addEventListener('message', onMessage);
        target.postMessage({ id, command, ...payload }, origin);
      });
    },
    close() {
      target.close();
    },
  };
}

/** `name=value` pairs of a `document.cookie` string, in order. */
const pairs = (cookie: string): string[] => cookie.split('; ').filter(Boolean);

/** The values of every cookie called `name` (one per domain and path it is stored for). */
const valuesOf = (cookie: string, name: string): string[] =>
  pairs(cookie).filter((pair) => pair.startsWith(`${name}=`)).map((pair) => pair.slice(name.length + 1));

/** `name` set for one domain (null: host-only) and path, its value naming where: `site.localhost@/test`. */
const at = (name: string, domain: string | null, path: string): CookieSpec => [name, `${domain ?? 'host-only'}@${path}`, domain, path];

describe('clean-up on withdrawal across parent domains and paths', () => {
  let page: HostPage | undefined;

  afterEach(async () => {
    if (!page) return;
    const { cookie } = await page.send('cleanup');
    page.close();
    page = undefined;
    if (cookie !== '') throw new Error(`cookies left behind on ${HOST}: ${cookie}`);
  });

  it(`lets a page on ${HOST} set cookies for its parent domains, but not for localhost`, async () => {
    page = await openHostPage(HOST);
    const stored: Record<string, boolean | undefined> = {};
    for (const domain of [HOST, ...PARENTS, 'localhost']) stored[domain] = (await page.send('probe', { domain })).stored;
    expect(stored).to.deep.equal({ [HOST]: true, 'b.site.localhost': true, 'site.localhost': true, localhost: false });
  });

  it('deletes _ga on every domain and path prefix, and /^_gid/ on a parent domain, leaving undeclared cookies', async () => {
    page = await openHostPage(HOST);
    const gaScopes = [null, HOST, ...PARENTS].flatMap((domain) => PATHS.map((path) => at('_ga', domain, path)));
    const cookies: CookieSpec[] = [
      ...gaScopes,
      at('_gid_1', 'site.localhost', '/'),
      ['keep', '1', null, '/'],
      // Near misses: `_ga` is an exact name, `/^_gid/` is anchored.
      at('_gax', 'site.localhost', '/'),
      at('my_gid', 'b.site.localhost', '/test/fixtures'),
    ];
    const setup = await page.send('setup', { cookies });
    expect(setup.analytics).to.equal(true);
    expect(valuesOf(setup.cookie, '_ga').sort()).to.deep.equal(gaScopes.map(([, value]) => value).sort());
    expect(valuesOf(setup.cookie, '_ga').length).to.equal(12);
    expect(valuesOf(setup.cookie, '_gid_1')).to.deep.equal(['site.localhost@/']);

    const { cookie, analytics } = await page.send('withdraw');
    expect(analytics).to.equal(false);
    expect(valuesOf(cookie, '_ga'), '_ga left').to.deep.equal([]);
    expect(valuesOf(cookie, '_gid_1'), '_gid_1 left').to.deep.equal([]);
    expect(valuesOf(cookie, 'keep')).to.deep.equal(['1']);
    expect(valuesOf(cookie, '_gax')).to.deep.equal(['site.localhost@/']);
    expect(valuesOf(cookie, 'my_gid')).to.deep.equal(['b.site.localhost@/test/fixtures']);
    expect(valuesOf(cookie, 'cleanup_consent').length, 'the consent cookie, which records the refusal').to.equal(1);
  });

  it('deletes declared cookies set on path prefixes with a trailing slash', async () => {
    page = await openHostPage(HOST);
    const cookies: CookieSpec[] = [
      at('_gid_a', 'b.site.localhost', '/test/'),
      at('_gid_b', null, '/test/fixtures/cleanup/'),
      at('_ga', 'site.localhost', '/test/fixtures/'),
    ];
    const setup = await page.send('setup', { cookies });
    expect(['_gid_a', '_gid_b', '_ga'].map((name) => valuesOf(setup.cookie, name).length)).to.deep.equal([1, 1, 1]);

    const { cookie } = await page.send('withdraw');
    expect(pairs(cookie).filter((pair) => /^(_ga|_gid)/.test(pair))).to.deep.equal([]);
  });
});
