// The demo page's own logic: method buttons, the event log, the state panel,
// the gated-script status and the theme switch. Kept out of the HTML so the
// page runs under a Content-Security-Policy without 'unsafe-inline'.
// Only DOM APIs and textContent are used (no innerHTML), so it also runs where
// Trusted Types are enforced.

const EVENTS = ['consent-ready', 'consent-change', 'consent-show', 'consent-hide'];
const MAX_LOG_ENTRIES = 100;

/** @type {HTMLElement & Record<string, any>} */
const consent = document.querySelector('cookie-consent');
const iframe = document.querySelector('iframe[data-consent]');
const log = document.getElementById('event-log');
const logEmpty = document.getElementById('event-log-empty');

// --- Event log ---------------------------------------------------------------

function timeOfDay(date) {
  const two = (n) => String(n).padStart(2, '0');
  return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}.${String(date.getMilliseconds()).padStart(3, '0')}`;
}

function logEvent(event) {
  const now = new Date();
  const item = document.createElement('li');
  item.className = 'event';
  item.dataset.type = event.type;

  const head = document.createElement('div');
  head.className = 'event-head';
  const type = document.createElement('span');
  type.className = 'event-type';
  type.textContent = event.type;
  const time = document.createElement('time');
  time.dateTime = now.toISOString();
  time.textContent = timeOfDay(now);
  head.append(type, time);

  const detail = document.createElement('code');
  detail.className = 'event-detail';
  detail.textContent = JSON.stringify(event.detail);

  item.append(head, detail);
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
      const item = document.createElement('li');
      const code = document.createElement('code');
      code.textContent = cookie;
      if (cookie.startsWith('_demo_')) item.className = 'cookie-demo';
      if (cookie.startsWith('cc_consent=')) item.className = 'cookie-consent';
      item.append(code);
      return item;
    }),
  );
}

/** One row of the "Gated scripts" panel: blocked, loading, running, or still running after a withdrawal. */
function renderGated(row) {
  const id = row.dataset.gated;
  const allowed = row.dataset.needs.split(' ').every((category) => consent.hasConsent(category));
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

function refresh() {
  if (typeof consent?.hasConsent !== 'function') return;
  setPill('has-analytics', consent.hasConsent('analytics'));
  setPill('has-marketing', consent.hasConsent('marketing'));
  setPill('decided', consent.consent.decided);
  renderCookies();
  for (const row of document.querySelectorAll('[data-gated]')) renderGated(row);
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

// "Cookie settings" links. The element opens the preferences for any
// [data-cookie-consent-open] itself; calling it again is harmless (the view is
// already open), and keeps the links working with builds that lack it.
for (const opener of document.querySelectorAll('[data-cookie-consent-open]')) {
  opener.addEventListener('click', () => {
    if (typeof consent?.showPreferences === 'function') consent.showPreferences();
  });
}

// --- Theme switch ------------------------------------------------------------

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
