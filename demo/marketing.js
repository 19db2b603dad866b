// A stand-in for a partner's conversion-attribution tag. It is gated in
// index.html with data-consent="analytics marketing", so it runs only once
// both categories are allowed. When it runs it sets a first-party cookie and
// reports itself in the page's "Gated scripts" panel.
(function () {
  document.cookie = '_demo_attribution=1; Path=/';

  var row = document.querySelector('[data-gated="attribution"]');
  if (row) {
    row.setAttribute('data-state', 'running');
    row.querySelector('.gated-state').textContent = 'running';
  }
  (window.demoGated = window.demoGated || {}).attribution = true;
  document.dispatchEvent(new CustomEvent('demo-gated-run', { detail: 'attribution' }));
})();
