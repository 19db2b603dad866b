// A stand-in for an analytics tag. It is gated in index.html with
// <script type="text/plain" data-consent="analytics" src="/demo/analytics.js">,
// so the browser neither fetches nor runs it until "analytics" is allowed.
// When it runs it does what such tags do (sets a first-party cookie) and
// reports itself in the page's "Gated scripts" panel.
(function () {
  document.cookie = '_demo_analytics=1; Path=/';

  var row = document.querySelector('[data-gated="analytics"]');
  if (row) {
    row.setAttribute('data-state', 'running');
    row.querySelector('.gated-state').textContent = 'running';
  }
  (window.demoGated = window.demoGated || {}).analytics = true;
  document.dispatchEvent(new CustomEvent('demo-gated-run', { detail: 'analytics' }));
})();
