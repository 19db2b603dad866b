/**
 * Why this exists: withdrawing consent must be as effective as giving it. A
 * script that set `_ga` cannot be un-run, but its cookies can be deleted — yet
 * a cookie can only be deleted with the exact domain and path it was set with,
 * and the page cannot read those back. So we delete each declared cookie on
 * every domain and path it could have been set for; the browser ignores the
 * combinations that do not exist. Cookies nobody declared are left alone.
 */
import { cookieNames, deleteCookie } from './cookie-codec.js';

/** A declared cookie: an exact name, or a pattern such as `/^_ga_/`. */
export type CookieMatcher = string | RegExp;

const REGEX_LITERAL = /^\/(.+)\/([a-z]*)$/;

/**
 * Turns a config entry into a matcher: `"/^_gid/"` becomes a RegExp (flags
 * allowed), anything else an exact name. Returns undefined for a pattern that
 * does not compile.
 */
export function toCookieMatcher(entry: string): CookieMatcher | undefined {
  const literal = REGEX_LITERAL.exec(entry);
  if (!literal) return entry;
  try {
    // The global and sticky flags make `test` stateful; drop them.
    return new RegExp(literal[1] ?? '', (literal[2] ?? '').replace(/[gy]/g, ''));
  } catch {
    return undefined;
  }
}

/** True when the cookie name is covered by the matcher. */
export function matchesCookie(name: string, matcher: CookieMatcher): boolean {
  return typeof matcher === 'string' ? name === matcher : matcher.test(name);
}

const IP_ADDRESS = /^(\d{1,3}\.){3}\d{1,3}$|:/;

/**
 * The domains a cookie visible on `hostname` may have been set for: the host
 * itself and each parent domain. Public suffixes such as `co.uk` are included
 * on purpose: the browser never stores a cookie there, so deleting on them is
 * a harmless no-op, and no suffix list has to ship to every visitor.
 */
export function candidateDomains(hostname: string): string[] {
  if (hostname === '' || IP_ADDRESS.test(hostname)) return [];
  const labels = hostname.split('.');
  return labels.map((_, index) => labels.slice(index).join('.'));
}

/**
 * The paths a cookie visible on `pathname` may have been set for: `/` and every
 * prefix of the path, with and without a trailing slash.
 */
export function candidatePaths(pathname: string): string[] {
  const paths = new Set(['/']);
  const segments = pathname.split('/').filter(Boolean);
  let prefix = '';
  for (const segment of segments) {
    prefix += `/${segment}`;
    paths.add(prefix);
    paths.add(`${prefix}/`);
  }
  return [...paths];
}

/**
 * Deletes every visible cookie matched by `matchers`, on the host-only scope
 * and every candidate domain, for every candidate path. Returns the names it
 * deleted.
 */
export function deleteMatchingCookies(
  matchers: readonly CookieMatcher[],
  where: { hostname: string; pathname: string } = location,
): string[] {
  if (matchers.length === 0) return [];
  const names = cookieNames().filter((name) => matchers.some((matcher) => matchesCookie(name, matcher)));
  const domains = candidateDomains(where.hostname);
  const paths = candidatePaths(where.pathname);
  for (const name of names) {
    for (const path of paths) {
      deleteCookie(name, { path });
      for (const domain of domains) deleteCookie(name, { path, domain });
    }
  }
  return names;
}
