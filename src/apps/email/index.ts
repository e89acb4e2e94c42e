/** email: parse .eml files and iterate their attachments (docs/apps-files.md §Email). */
import { iterateAttachments } from './iterate-attachments';
import { parseEml } from './parse-eml';

export const emailModules = [parseEml, iterateAttachments];
