import { toText } from '../../iml';
import { asRecord, defineModule, field } from '../define';
import { authParts, loadConnection } from './auth';
import type { BodyKind } from './build-request';
import { buildRequest } from './build-request';
import { httpOutput } from './parse-response';
import { sendRequest } from './send-request';
import { common, httpOutputSpec, methodField, pairSpec } from './specs';

function bodyKind(contentType: string): BodyKind {
  const t = contentType.toLowerCase();
  if (t === '') return 'none';
  if (t === 'json' || t === 'application/json') return 'json';
  if (t.includes('urlencoded')) return 'urlencoded';
  if (t.includes('multipart')) return 'multipart';
  return 'raw';
}

/** HTTP › Make a request (v4): authentication by connection, JSON or form bodies. */
export const makeRequest = defineModule(
  {
    id: 'http:MakeRequest',
    label: 'Make a request',
    description:
      'Sends an HTTP request (any method, body and authentication) and returns the answer.',
    kind: 'action',
    parameters: [
      field('authenticationType', 'Authentication type', 'select', {
        default: 'noAuth',
        options: [
          { value: 'noAuth', label: 'No authentication' },
          { value: 'apiKey', label: 'API key' },
          { value: 'basicAuth', label: 'Basic auth' },
          { value: 'bearer', label: 'Bearer token' },
        ],
      }),
      field('__IMTCONN__', 'Connection', 'text'),
    ],
    mapper: [
      common.url,
      methodField,
      common.headers,
      field('queryParameters', 'Query parameters', 'array', { spec: pairSpec }),
      field('contentType', 'Body content type', 'select', {
        options: [
          { value: 'json', label: 'application/json' },
          { value: 'x-www-form-urlencoded', label: 'application/x-www-form-urlencoded' },
          { value: 'multipart', label: 'multipart/form-data' },
          { value: 'custom', label: 'Custom' },
        ],
      }),
      field('customContentType', 'Custom content type', 'text'),
      field('jsonStringBodyContent', 'Body content (JSON string)', 'text'),
      field('bodyContent', 'Body content', 'any'),
      common.formFields,
      common.parseResponse,
      field('stopOnHttpError', 'Return error if HTTP request fails', 'boolean', { default: true }),
      field('allowRedirects', 'Allow redirects', 'boolean', { default: true }),
      common.timeout,
    ],
    output: httpOutputSpec,
  },
  {
    async run(ctx, input) {
      const m = asRecord(input);
      const authType = toText(ctx.parameters.authenticationType) || 'noAuth';
      const connection = await loadConnection(ctx, authType !== 'noAuth');
      const kind = bodyKind(toText(m.contentType));
      const plan = buildRequest(
        {
          url: m.url,
          method: m.method,
          headers: m.headers,
          query: m.queryParameters,
          bodyKind: kind,
          contentType: m.customContentType ?? m.contentType,
          body: kind === 'json' ? (m.jsonStringBodyContent ?? m.bodyContent) : m.bodyContent,
          form: m.formFields,
          timeout: m.timeout,
          followRedirects: m.allowRedirects,
          parseResponse: m.parseResponse,
          errorsOnStatus: m.stopOnHttpError,
        },
        authParts(connection),
      );
      return [httpOutput(await sendRequest(ctx, plan), plan.parseResponse)];
    },
    requires: ['http', 'connections'],
  },
);
