/** Entry of `dist/cookie-consent-preferences.min.js`: hands the preferences view to the main bundle. */
import * as view from '../element/preferences-view.js';
import { deliver } from './chunk-slot.js';

deliver(view);
