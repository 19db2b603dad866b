// A stand-in for a partner's conversion-attribution tag. It is gated in
// index.html with data-consent="analytics marketing", so it runs only once
// marketing and analytics (any of its services) are allowed. When it runs it
// sets a first-party cookie, `_demo_attribution`, declared under "marketing" in
// the config (so withdrawing marketing deletes it), and reports itself in the
// page's "Gated scripts" panel.
(function () {
  document.cookie = '_demo_attribution=partner-42; Path=/; Max-Age=' + 60 * 60 * 24 * 30 + '; SameSite=Lax';

  (window.demoGated = window.demoGated || {}).attribution = true;
  document.dispatchEvent(new CustomEvent('demo-gated-run', { detail: 'attribution' }));
})();
