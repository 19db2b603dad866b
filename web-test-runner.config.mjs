// Every test runs in real headless Chromium: real cookies, real script
// execution, real CSP and Trusted Types. No jsdom.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { consentLogPlugin } from './test/support/consent-log-plugin.mjs';
import { cspFixtures } from './test/support/csp-fixtures-plugin.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';

/** The browser to run: $CHROME_PATH, then the usual install paths. */
function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
        'or point CHROME_PATH at a Chrome or Chromium binary. Looked in: ' + candidates.join(', '),
    );
  }
  return found;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export default {
  files: ['test/**/*.test.ts'],
  // Test what ships: Lit's production build, not its dev mode.
  nodeResolve: { exportConditions: ['production', 'default'] },
  concurrency: 1,
  // Real sites are served over https: test there, so the consent cookie carries Secure.
  http2: true,
  protocol: 'https:',
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  reporters: [defaultReporter(), summaryReporter()],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.test.json' }), cspFixtures(), consentLogPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium(),
        headless: true,
        args: [
          ...(isRoot ? ['--no-sandbox'] : []),
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-sync',
          '--disable-quic',
          // The test server's certificate is self-signed.
          '--ignore-certificate-errors',
        ],
      },
    }),
  ],
};
