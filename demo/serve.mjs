// Serves the repository root for the demo: `npm start`, or `node demo/serve.mjs`.
// Then open the printed address. PORT picks the port (default 8080); when it is
// taken, the next free one is used. Stop with Ctrl+C.
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const hostname = 'localhost';
const DEFAULT_PORT = 8080;
const ATTEMPTS = 50;

function requestedPort() {
  const raw = process.env.PORT;
  if (raw === undefined || raw.trim() === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`PORT=${JSON.stringify(raw)} is not a port number (1-65535).`);
    process.exit(1);
  }
  return port;
}

/**
 * Whether nothing listens on `port`. Checked the way the dev server will bind
 * it: for hostname "localhost" it listens without a host (every interface).
 */
function isFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', () => resolve(false));
    probe.listen({ port, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

async function freePort(first) {
  for (let port = first; port < first + ATTEMPTS && port <= 65535; port += 1) {
    if (await isFree(port)) return port;
  }
  console.error(`No free port between ${first} and ${Math.min(first + ATTEMPTS - 1, 65535)}; set PORT to another one.`);
  process.exit(1);
}

const port = await freePort(requestedPort());

await startDevServer({
  config: {
    rootDir,
    hostname,
    port,
    nodeResolve: false,
    open: false,
    watch: false,
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

console.log(`Demo running at http://${hostname}:${port}/demo/ (Ctrl+C to stop)`);
