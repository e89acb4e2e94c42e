/** csv: parse and create CSV with papaparse (docs/apps-files.md §CSV). */
import { createCsv } from './create-csv';
import { parseCsv } from './parse-csv';

export const csvModules = [parseCsv, createCsv];
