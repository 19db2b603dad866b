// A stand-in for a site's consent-log endpoint, so tests can read what the
// element sent with `consent-log-url`. POST /test-consent-log stores the JSON
// body (sendBeacon sends it as text/plain) and answers 204; GET returns every
// record stored so far as a JSON array; DELETE forgets them (204).
const PATH = '/test-consent-log';

/** Reads the raw request body (HTTP/1.1 or HTTP/2 compatibility request alike). */
async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export function consentLogPlugin() {
  /** @type {unknown[]} */
  const records = [];
  return {
    name: 'consent-log',
    async serve(context) {
      if (context.path !== PATH) return undefined;
      if (context.method === 'GET') {
        return { body: JSON.stringify(records), type: 'json', headers: { 'cache-control': 'no-store' } };
      }
      if (context.method === 'POST') {
        const text = await readBody(context.req);
        try {
          records.push(JSON.parse(text));
        } catch {
          // Keep what arrived, so a test sees that something unreadable was sent.
          records.push({ unparsable: text });
        }
      } else if (context.method === 'DELETE') {
        records.length = 0;
      } else {
        return undefined;
      }
      // A serve result always answers 200 with a body; an empty 204 is set
      // here instead, and the remaining middleware (static files, GET/HEAD
      // only) leaves a POST or DELETE alone.
      context.status = 204;
      return undefined;
    },
  };
}
