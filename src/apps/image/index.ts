/** image: resize, convert, get info through the image codec port (docs/apps-files.md §Image). */
import { convert } from './convert';
import { getInfo } from './get-info';
import { resize } from './resize';

export { createBrowserCodec } from './browser-codec';
export const imageModules = [resize, convert, getInfo];
