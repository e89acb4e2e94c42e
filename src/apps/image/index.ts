/**
 * image: resize, convert, get info through the image codec port (docs/apps-files.md §Image).
 * The browser codec is not re-exported here: hosts that have one import
 * `./browser-codec` themselves, so Node builds never see DOM-only types.
 */
import { convert } from './convert';
import { getInfo } from './get-info';
import { resize } from './resize';

export const imageModules = [resize, convert, getInfo];
