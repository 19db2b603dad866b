// The demo page's own logic: method buttons, the attribute switches, the state
// panel, the gated-script status, the Consent Mode and consent-record panels and
// the event log. Kept out of the HTML so the page runs under a
// Content-Security-Policy without 'unsafe-inline'.
// Only DOM APIs and textContent are used (no innerHTML), so it also runs where
// Trusted Types are enforced.

const EVENTS = ['consent-ready', 'consent-change', 'consent-show', 'consent-hide'];
const MAX_LOG_ENTRIES = 100;
const CONSENT_LOG_URL = '/demo/consent-log';
const RECORDS_EVERY_MS = 2000;

/** @type {HTMLElement & Record<string, any>} */
const consent = document.querySelector('cookie-consent');
const iframe = document.querySelector('iframe[data-consent]');
const log = document.getElementById('event-log');
const logEmpty = document.getElementById('event-log-empty');

/** True once the element is defined and usable. */
const ready = () => typeof consent?.hasConsent === 'function';

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function timeOfDay(date, withMs = true) {
  const two = (n) => String(n).padStart(2, '0');
  const time = `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
  return withMs ? `${time}.${String(date.getMilliseconds()).padStart(3, '0')}` : time;
}

// --- Event log ---------------------------------------------------------------

function logEvent(event) {
  const now = new Date();
  const item = el('li', 'event');
  item.dataset.type = event.type;

  const head = el('div', 'event-head');
  const time = el('time', '', timeOfDay(now));
  time.dateTime = now.toISOString();
  head.append(el('span', 'event-type', event.type), time);

  item.append(head, el('code', 'event-detail', JSON.stringify(event.detail)));
  log.prepend(item);
  while (log.children.length > MAX_LOG_ENTRIES) log.lastElementChild.remove();
  logEmpty.hidden = true;
}

document.getElementById('clear-log').addEventListener('click', () => {
  log.replaceChildren();
  logEmpty.hidden = false;
});

// --- State panel -------------------------------------------------------------

function setPill(id, value) {
  const pill = document.getElementById(id);
  pill.dataset.value = String(value);
  pill.textContent = String(value);
}

function renderCookies() {
  const list = document.getElementById('cookie-list');
  const cookies = document.cookie ? document.cookie.split('; ') : [];
  list.replaceChildren(
    ...(cookies.length ? cookies : ['(none)']).map((cookie) => {
      const item = el('li');
      if (cookie.startsWith('_demo_')) item.className = 'cookie-demo';
      if (cookie.startsWith('cc_consent=')) item.className = 'cookie-consent';
      item.append(el('code', '', cookie));
      return item;
    }),
  );
}

/** One row of the "Gated scripts" panel: blocked, loading, running, or still running after a withdrawal. */
function renderGated(row) {
  const id = row.dataset.gated;
  const allowed = row.dataset.needs.split(' ').every((needed) => consent.hasConsent(needed));
  const isFrame = id === 'iframe';
  const ran = isFrame ? Boolean(iframe?.hasAttribute('src')) : Boolean(window.demoGated?.[id]);
  const active = isFrame ? 'loaded' : 'running';
  let state = 'blocked';
  let text = 'blocked';
  if (ran && allowed) [state, text] = ['running', active];
  else if (ran) [state, text] = ['withdrawn', `${active}, withdrawn: reload`];
  else if (allowed) [state, text] = ['loading', 'loading…'];
  row.dataset.state = state;
  row.querySelector('.gated-state').textContent = text;
}

/** What the mode does for this visitor now, read from the state (the element does not expose it). */
function renderModeEffect() {
  const effect = document.getElementById('mode-effect');
  const { decided, categories } = consent.consent;
  if (decided) effect.textContent = 'the visitor has decided, so the mode no longer matters.';
  else if (categories.analytics) effect.textContent = 'now opt-out (optional categories on until refused).';
  else effect.textContent = 'now opt-in (optional categories off until allowed).';
}

function refresh() {
  if (!ready()) return;
  setPill('has-analytics', consent.hasConsent('analytics'));
  setPill('has-ga4', consent.hasConsent('analytics/ga4'));
  setPill('has-matomo', consent.hasConsent('analytics/matomo'));
  setPill('has-marketing', consent.hasConsent('marketing'));
  setPill('decided', consent.consent.decided);
  setPill('consent-country', JSON.stringify(consent.consent.country));
  setPill('consent-language', JSON.stringify(consent.consent.language));
  renderModeEffect();
  renderCookies();
  for (const row of document.querySelectorAll('[data-gated]')) renderGated(row);
  renderDataLayer();
}

for (const type of EVENTS) {
  document.addEventListener(type, (event) => {
    logEvent(event);
    refresh();
  });
}
// Gated scripts announce themselves when they run; the iframe when it loads.
document.addEventListener('demo-gated-run', refresh);
iframe?.addEventListener('load', refresh);

// --- Method buttons ----------------------------------------------------------

const actions = {
  acceptAll: () => consent.acceptAll(),
  rejectAll: () => consent.rejectAll(),
  analyticsOnly: () => consent.setConsent({ analytics: true, marketing: false }),
  matomoOnly: () => consent.setConsent({ 'analytics/matomo': true, 'analytics/ga4': false, marketing: false }),
  showBanner: () => consent.showBanner(),
  showPreferences: () => consent.showPreferences(),
  hide: () => consent.hide(),
  reset: () => consent.reset(),
};

for (const button of document.querySelectorAll('[data-action]')) {
  button.addEventListener('click', () => {
    actions[button.dataset.action]?.();
    refresh();
  });
}
// "Cookie settings" buttons need nothing here: the element opens the
// preferences for any [data-cookie-consent-open] on its own.

// --- Attribute switches ------------------------------------------------------
// What a server would write into the markup; changed after start-up, they take
// effect at once.

/** Sets an attribute, or removes it for an empty value, then shows the result. */
async function setAttributeOf(name, value) {
  if (value) consent.setAttribute(name, value);
  else consent.removeAttribute(name);
  if (!ready()) return;
  await consent.updateComplete;
  refresh();
}

function applyTheme(theme) {
  consent?.setAttribute('theme', theme);
  document.documentElement.dataset.theme = theme;
}

for (const radio of document.querySelectorAll('input[name="theme"]')) {
  radio.addEventListener('change', () => {
    if (radio.checked) applyTheme(radio.value);
  });
}
const initialTheme = document.querySelector('input[name="theme"]:checked');
if (initialTheme) applyTheme(initialTheme.value);

for (const radio of document.querySelectorAll('input[name="mode"]')) {
  radio.checked = radio.value === (consent?.getAttribute('mode') ?? 'opt-in');
  radio.addEventListener('change', () => {
    if (radio.checked) setAttributeOf('mode', radio.value);
  });
}

for (const radio of document.querySelectorAll('input[name="gpc"]')) {
  radio.checked = radio.value === (consent?.getAttribute('gpc') ?? 'respect');
  radio.addEventListener('change', () => {
    if (radio.checked) setAttributeOf('gpc', radio.value);
  });
}
document.getElementById('gpc-signal').textContent =
  navigator.globalPrivacyControl === true ? 'sends GPC' : 'does not send GPC';

const reloadOnWithdraw = document.getElementById('reload-on-withdraw');
reloadOnWithdraw.checked = Boolean(consent?.hasAttribute('reload-on-withdraw'));
reloadOnWithdraw.addEventListener('change', () => consent.toggleAttribute('reload-on-withdraw', reloadOnWithdraw.checked));

for (const [id, attribute] of [
  ['country-select', 'country'],
  ['lang-select', 'lang'],
]) {
  const select = document.getElementById(id);
  select.value = consent?.getAttribute(attribute) ?? '';
  select.addEventListener('change', () => setAttributeOf(attribute, select.value));
}

// --- Google Consent Mode: window.dataLayer -----------------------------------

function renderDataLayer() {
  const list = document.getElementById('datalayer-list');
  const summary = document.getElementById('datalayer-summary');
  const layer = Array.isArray(window.dataLayer) ? window.dataLayer : [];
  // gtag() pushes `arguments` objects; Array.from turns each into a plain list.
  const entries = layer.map((entry, index) => ({ index, args: typeof entry?.length === 'number' ? Array.from(entry) : entry }));
  const commands = entries.filter(({ args }) => Array.isArray(args) && args[0] === 'consent');
  list.replaceChildren(
    ...commands.map(({ index, args }) => {
      const item = el('li', 'datalayer-entry');
      item.dataset.action = String(args[1]);
      item.append(el('span', 'datalayer-index', `dataLayer[${index}]`), el('code', 'datalayer-args', JSON.stringify(args)));
      return item;
    }),
  );
  // Oldest first, as gtag.js reads them; keep the newest in view.
  list.scrollTop = list.scrollHeight;
  const others = entries.length - commands.length;
  summary.textContent = commands.length
    ? `${commands.length} consent command${commands.length === 1 ? '' : 's'}` +
      (others ? `; ${others} other entr${others === 1 ? 'y' : 'ies'} (from ga4.js) not shown.` : '.')
    : 'No consent commands yet.';
}

// --- Consent records received by the server ----------------------------------

const recordList = document.getElementById('record-list');
const recordStatus = document.getElementById('record-status');
let lastRecords = '';

function chips(values) {
  const list = el('ul', 'chips');
  for (const [id, on] of Object.entries(values ?? {})) {
    const chip = el('li', 'chip', `${on ? '✓' : '✕'} ${id}`);
    chip.dataset.on = String(on);
    chip.title = `${id}: ${on ? 'allowed' : 'refused'}`;
    list.append(chip);
  }
  if (!list.children.length) list.append(el('li', 'chip', '(none)'));
  return list;
}

function renderRecord(record) {
  const item = el('li', 'record');
  const head = el('div', 'record-head');
  const when = new Date(record.time ?? record.receivedAt);
  const time = el('time', 'record-time', Number.isNaN(when.getTime()) ? String(record.time) : timeOfDay(when, false));
  if (!Number.isNaN(when.getTime())) time.dateTime = when.toISOString();
  const id = typeof record.id === 'string' ? record.id : String(record.id);
  const shortId = el('code', 'record-id', id.length > 8 ? `${id.slice(0, 8)}…` : id);
  shortId.title = id;
  const meta = [
    `revision ${record.revision}`,
    `country ${record.country ?? 'none'}`,
    `language ${record.language ?? 'none'}`,
    record.gpc ? 'GPC sent' : 'no GPC',
    `notice ${record.noticeHash}`,
  ].join(' · ');
  head.append(time, shortId, el('span', 'record-meta', meta));

  const rows = el('dl', 'record-rows');
  for (const [label, values] of [
    ['Categories', record.categories],
    ['Services', record.services],
  ]) {
    const row = el('div', 'record-row');
    const dd = el('dd');
    dd.append(chips(values));
    row.append(el('dt', '', label), dd);
    rows.append(row);
  }
  item.append(head, rows);
  return item;
}

async function loadRecords() {
  let records;
  try {
    const response = await fetch(CONSENT_LOG_URL, { cache: 'no-store' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    records = await response.json();
  } catch (error) {
    recordStatus.hidden = false;
    recordStatus.textContent = `The endpoint ${CONSENT_LOG_URL} does not answer (${error.message}); serve the demo with node demo/serve.mjs.`;
    lastRecords = '';
    return;
  }
  const text = JSON.stringify(records);
  if (text === lastRecords) return;
  lastRecords = text;
  recordList.replaceChildren(...records.slice().reverse().map(renderRecord));
  recordStatus.hidden = records.length > 0;
  recordStatus.textContent = 'No records yet: decide something.';
}

document.getElementById('clear-records').addEventListener('click', async () => {
  await fetch(CONSENT_LOG_URL, { method: 'DELETE' }).catch(() => undefined);
  loadRecords();
});

// The record goes out by sendBeacon a moment after the decision: look shortly after each change, and every 2 s.
document.addEventListener('consent-change', () => setTimeout(loadRecords, 300));
setInterval(() => {
  if (document.visibilityState === 'visible') loadRecords();
}, RECORDS_EVERY_MS);
loadRecords();

// --- Room for the banner -----------------------------------------------------
// The banner is fixed to the bottom of the viewport; keep that much space free
// below the page content so nothing stays hidden behind it.

let bannerObserver;

async function trackBannerHeight() {
  await consent.updateComplete;
  bannerObserver?.disconnect();
  const banner = consent.shadowRoot?.querySelector('[part~="banner"]');
  const root = document.documentElement;
  if (!banner) {
    root.style.setProperty('--banner-space', '0px');
    return;
  }
  bannerObserver = new ResizeObserver(() => {
    root.style.setProperty('--banner-space', `${Math.ceil(banner.getBoundingClientRect().height)}px`);
  });
  bannerObserver.observe(banner);
}

document.addEventListener('consent-show', trackBannerHeight);
document.addEventListener('consent-hide', trackBannerHeight);

// --- Start -------------------------------------------------------------------

customElements.whenDefined('cookie-consent').then(() => {
  refresh();
  trackBannerHeight();
});

window.addEventListener('load', () => {
  if (!customElements.get('cookie-consent')) {
    document.getElementById('element-missing').hidden = false;
    for (const button of document.querySelectorAll('[data-action]')) button.disabled = true;
  }
});
