// A stand-in for Google Analytics 4. It is gated in index.html with
// <script type="text/plain" data-consent="analytics" data-consent-service="ga4" src="/demo/ga4.js">,
// so the browser neither fetches nor runs it until the visitor allows the
// "Google Analytics 4" service of "analytics". When it runs it does what the
// real tag does: queues its commands in window.dataLayer (where it also reads
// the Consent Mode state the element pushed) and sets its first-party cookies,
// which the config declares (`_demo_ga`, `/^_demo_ga_/`) so that the element
// deletes them when the service is withdrawn.
(function () {
  var YEAR_ISH = 60 * 60 * 24 * 395; // "13 months", as declared in the config
  var dataLayer = (window.dataLayer = window.dataLayer || []);
  function gtag() {
    // gtag.js reads `arguments` objects, exactly as gtag() pushes them.
    dataLayer.push(arguments);
  }
  gtag('js', new Date());
  gtag('config', 'G-DEMO0000');

  var random = function () {
    var bytes = crypto.getRandomValues(new Uint32Array(1));
    return String(bytes[0]);
  };
  var seconds = Math.floor(Date.now() / 1000);
  if (!/(?:^|; )_demo_ga=/.test(document.cookie)) {
    document.cookie = '_demo_ga=GA1.1.' + random() + '.' + seconds + '; Path=/; Max-Age=' + YEAR_ISH + '; SameSite=Lax';
  }
  document.cookie = '_demo_ga_DEMO0000=GS1.1.' + seconds + '.1; Path=/; Max-Age=' + YEAR_ISH + '; SameSite=Lax';

  (window.demoGated = window.demoGated || {}).ga4 = true;
  document.dispatchEvent(new CustomEvent('demo-gated-run', { detail: 'ga4' }));
})();
