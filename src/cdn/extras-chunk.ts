/** Entry of `dist/cookie-consent-extras.min.js`: hands the extras to the main bundle. */
import * as extras from '../element/extras.js';
import { deliver } from './chunk-slot.js';

deliver(extras);
