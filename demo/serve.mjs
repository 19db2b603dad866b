// Serves the repository root for the demo: `npm start`, or `node demo/serve.mjs`.
// Then open the printed address. PORT picks the port (default 8080); when it is
// taken, the next free one is used. Stop with Ctrl+C.
//
// It also plays the site's consent-log endpoint, /demo/consent-log, the
// address the demo gives the element's consent-log-url:
//   POST    stores one record (the element sends JSON as text/plain by sendBeacon)
//   GET     answers every stored record, oldest first, as a JSON array
//   DELETE  forgets them all
// Records live in memory only (the newest 200) and are gone when the server stops.
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const hostname = 'localhost';
const DEFAULT_PORT = 8080;
const ATTEMPTS = 50;

const CONSENT_LOG_PATH = '/demo/consent-log';
const MAX_RECORDS = 200;
/** Largest record body accepted, in bytes; a real record is well under 1 KB. */
const MAX_BODY = 16 * 1024;

/** The consent records received, oldest first. */
const consentRecords = [];

/** Reads a request body as UTF-8 text; rejects (with status 413) when it is over `limit` bytes. */
function readBody(request, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on('end', () => {
      if (size > limit) reject(Object.assign(new Error('too large'), { status: 413 }));
      else resolve(Buffer.concat(chunks).toString('utf8'));
    });
    request.on('error', reject);
  });
}

/** Koa middleware for the consent-log endpoint; everything else goes on to the file server. */
async function consentLog(ctx, next) {
  if (ctx.path !== CONSENT_LOG_PATH) return next();
  ctx.set('Cache-Control', 'no-store');
  switch (ctx.method) {
    case 'GET':
    case 'HEAD':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(consentRecords);
      return undefined;
    case 'POST': {
      let record;
      try {
        record = JSON.parse(await readBody(ctx.req, MAX_BODY));
      } catch (error) {
        ctx.status = error.status ?? 400;
        ctx.body = error.status ? 'Record too large.' : 'Expected a JSON record.';
        return undefined;
      }
      if (typeof record !== 'object' || record === null || Array.isArray(record)) {
        ctx.status = 400;
        ctx.body = 'Expected a JSON object.';
        return undefined;
      }
      consentRecords.push({ ...record, receivedAt: new Date().toISOString() });
      consentRecords.splice(0, Math.max(0, consentRecords.length - MAX_RECORDS));
      ctx.status = 204;
      return undefined;
    }
    case 'DELETE':
      consentRecords.length = 0;
      ctx.status = 204;
      return undefined;
    default:
      ctx.status = 405;
      ctx.set('Allow', 'GET, HEAD, POST, DELETE');
      return undefined;
  }
}

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
    middleware: [consentLog],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

console.log(`Demo running at http://${hostname}:${port}/demo/ (Ctrl+C to stop)`);
