/** Errors of the HTTP app; each names the field at fault, or the URL the failure came from. */
import { ModuleError } from '../contract';

export const badUrl = (value: unknown) =>
  new ModuleError(
    'DataError',
    `URL: '${String(value)}' is not an absolute http:// or https:// URL`,
  );

export const badMethod = (value: unknown) =>
  new ModuleError('DataError', `Method: '${String(value)}' is not an HTTP method`);

export const badTimeout = (value: unknown) =>
  new ModuleError(
    'DataError',
    `Timeout: '${String(value)}' must be a number of seconds from 1 to 300`,
  );

export const badJsonBody = (field: string, reason: string) =>
  new ModuleError('DataError', `${field}: the request content is not valid JSON (${reason})`);

export const badFormField = (index: number, reason: string) =>
  new ModuleError('DataError', `Fields[${index}]: ${reason}`);

export const noConnection = (id: string) =>
  new ModuleError(
    'InvalidConfigurationError',
    `Connection: '${id}' is not defined on this device; create or bind it (in the CLI: --connection ${id}=<file.json>)`,
  );

export const connectionMissing = () =>
  new ModuleError('InvalidConfigurationError', 'Connection: choose a connection for this module');

export const badConnection = (id: string, reason: string) =>
  new ModuleError('InvalidConfigurationError', `Connection '${id}': ${reason}`);

export const noHttpHost = () =>
  new ModuleError('InvalidConfigurationError', 'URL: this host cannot send HTTP requests');

export const timedOut = (url: string, seconds: number) =>
  new ModuleError(
    'ModuleTimeoutError',
    `URL: no response from ${url} within ${seconds} s (Timeout)`,
  );

/** A network failure outside the browser: the cause is known. */
export const networkFailed = (url: string, cause: string) =>
  new ModuleError('ConnectionError', `URL: the request to ${url} failed: ${cause}`);

/**
 * A network failure in the browser. Browsers hide the reason on purpose, and the most common one
 * for automation is CORS, so the message says what to check in plain words.
 */
export const browserRequestFailed = (url: string) =>
  new ModuleError(
    'ConnectionError',
    `URL: the request to ${url} failed before any response arrived. Browsers do not say why; ` +
      'the usual cause is that the server does not allow requests from web pages (CORS). ' +
      'The server must answer with an Access-Control-Allow-Origin header that allows this app, ' +
      'and answer the OPTIONS "preflight" request that custom headers or JSON bodies cause. ' +
      'Also check the address, that the server is up, your network, and that an http:// address ' +
      'is not blocked on this https:// page. If the API is not meant for browsers, call it through ' +
      'a server or proxy you control.',
  );

/** "Evaluate all states as errors": 429 is a rate limit, other 4xx bad data, 5xx connection. */
export function httpStatusError(status: number, url: string, body: string): ModuleError {
  const detail = body.trim().slice(0, 300);
  const message = `URL: ${url} answered ${status}${detail ? `: ${detail}` : ''}`;
  if (status === 429) return new ModuleError('RateLimitError', message);
  return new ModuleError(status >= 500 ? 'ConnectionError' : 'DataError', message);
}
