/** Entry of the script-tag bundle (`dist/cookie-consent.min.js`): defines `<cookie-consent>`, exports nothing. */
import '../element/define.js';
