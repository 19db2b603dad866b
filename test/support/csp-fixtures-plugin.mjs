// Serves test/fixtures/*.html with real security headers, chosen by the
// `policy` query parameter, so tests can load the real script-tag bundle under
// a strict Content Security Policy and with Trusted Types enforced. The `load`
// parameter (`defer`, `async`) fills a fixture's {{load}} placeholder, so one
// page covers every way a site may load the bundle.
import { readFileSync } from 'node:fs';

const NONCE = 'r4nd0m-n0nce';

const POLICIES = {
  // Nonce only: every script we create must carry the page's nonce.
  nonce: `default-src 'self'; script-src 'nonce-${NONCE}'; style-src 'self'; object-src 'none'; base-uri 'none'`,
  // Nonce with 'strict-dynamic', the form most strict CSPs use today.
  'strict-dynamic': `default-src 'self'; script-src 'nonce-${NONCE}' 'strict-dynamic'; style-src 'self'; object-src 'none'; base-uri 'none'`,
  // Trusted Types enforced, our policy allowed.
  'trusted-types': `default-src 'self'; script-src 'nonce-${NONCE}' 'strict-dynamic'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html cookie-consent`,
  // Trusted Types enforced, our policy NOT allowed: gated scripts must stay inert, nothing may throw.
  'trusted-types-denied': `default-src 'self'; script-src 'nonce-${NONCE}' 'strict-dynamic'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html`,
};

export function cspFixtures() {
  return {
    name: 'csp-fixtures',
    // A copy of the bundle in a folder without its preferences file, as a site
    // that hosts only cookie-consent.min.js would have it.
    serve(context) {
      if (context.path === '/test/fixtures/lonely/cookie-consent.min.js') {
        return { body: readFileSync('dist/cookie-consent.min.js', 'utf8'), type: 'js' };
      }
      if (context.path === '/test/fixtures/lonely/page.html') {
        return { body: readFileSync('test/fixtures/bundle.html', 'utf8').replace('/dist/cookie-consent.min.js', '/test/fixtures/lonely/cookie-consent.min.js').replaceAll('{{load}}', ''), type: 'html' };
      }
      return undefined;
    },
    transform(context) {
      if (!context.path.startsWith('/test/fixtures/') || !context.path.endsWith('.html')) return undefined;
      const policy = context.URL.searchParams.get('policy');
      if (policy) {
        if (!(policy in POLICIES)) throw new Error(`Unknown fixture policy ${policy}`);
        context.set('Content-Security-Policy', POLICIES[policy]);
      }
      const load = context.URL.searchParams.get('load') ?? '';
      if (!['', 'defer', 'async'].includes(load)) throw new Error(`Unknown fixture load ${load}`);
      return { body: String(context.body).replaceAll('{{nonce}}', NONCE).replaceAll('{{load}}', load) };
    },
  };
}
