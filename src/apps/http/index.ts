/** http: Make a request (v3 and v4), the API-key and basic-auth variants, Get a file. */
import { getFile } from './get-file';
import { makeRequest } from './make-request';
import { sendData, sendDataApiKey, sendDataBasic } from './send-data';

export { createFetchHttpPort } from './fetch-port';
export type { FetchPortOptions } from './fetch-port';

export const httpModules = [sendData, sendDataApiKey, sendDataBasic, makeRequest, getFile];
