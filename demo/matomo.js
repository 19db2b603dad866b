// A stand-in for Matomo. It is gated in index.html with
// <script type="text/plain" data-consent="analytics" data-consent-service="matomo" src="/demo/matomo.js">,
// so it is neither fetched nor run until the visitor allows the "Matomo"
// service of "analytics". When it runs it sets Matomo's first-party cookies
// (`_demo_pk_id.<site>.<hash>`, `_demo_pk_ses.<site>.<hash>`), which the config
// declares as /regex/ names so that the element deletes them on withdrawal.
(function () {
  var SITE = '1.d3m0';
  var bytes = crypto.getRandomValues(new Uint8Array(8));
  var visitor = Array.from(bytes, function (byte) {
    return byte.toString(16).padStart(2, '0');
  }).join('');
  var seconds = Math.floor(Date.now() / 1000);
  if (!new RegExp('(?:^|; )_demo_pk_id\\.' + SITE.replace('.', '\\.') + '=').test(document.cookie)) {
    document.cookie = '_demo_pk_id.' + SITE + '=' + visitor + '.' + seconds + '; Path=/; Max-Age=' + 60 * 60 * 24 * 395 + '; SameSite=Lax';
  }
  document.cookie = '_demo_pk_ses.' + SITE + '=1; Path=/; Max-Age=' + 60 * 30 + '; SameSite=Lax';

  (window.demoGated = window.demoGated || {}).matomo = true;
  document.dispatchEvent(new CustomEvent('demo-gated-run', { detail: 'matomo' }));
})();
