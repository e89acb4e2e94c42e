/** Tools the engine issue left: Sleep and Convert text encoding (`util:` ids, CONTRACTS.md §3). */
import { convertEncoding } from './convert-encoding';
import { sleep } from './sleep';

export const utilToolModules = [sleep, convertEncoding];
