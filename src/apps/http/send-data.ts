import { toText } from '../../iml';
import type { HandlerContext, HostCapability } from '../contract';
import { asRecord, defineModule, field } from '../define';
import { authParts, loadConnection } from './auth';
import type { AuthParts } from './auth';
import type { BodyKind } from './build-request';
import { buildRequest } from './build-request';
import { httpOutput } from './parse-response';
import { sendRequest } from './send-request';
import { common, evaluateErrorsParam, httpOutputSpec, methodField, pairSpec } from './specs';

const BODY_TYPES: Record<string, BodyKind> = {
  raw: 'raw',
  x_www_form_urlencoded: 'urlencoded',
  multipart_form_data: 'multipart',
};

/** Basic auth typed into the v3 module itself (`authUser`/`authPass`). */
function inlineBasic(m: Record<string, unknown>): AuthParts | undefined {
  const user = toText(m.authUser);
  if (user === '') return undefined;
  const bytes = new TextEncoder().encode(`${user}:${toText(m.authPass)}`);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return { headers: [['Authorization', `Basic ${btoa(bin)}`]], query: [] };
}

async function runV3(ctx: HandlerContext, input: unknown, needsConnection: boolean) {
  const m = asRecord(input);
  const connection = await loadConnection(ctx, needsConnection);
  const auth = inlineBasic(m) ?? authParts(connection);
  const bodyType = toText(m.bodyType);
  const plan = buildRequest(
    {
      url: m.url,
      method: m.method,
      headers: m.headers,
      query: m.qs,
      bodyKind:
        bodyType === '' ? (m.data === undefined ? 'none' : 'raw') : (BODY_TYPES[bodyType] ?? 'raw'),
      contentType: m.contentType,
      body: m.data,
      form: m.formFields ?? m.formDataFields,
      timeout: m.timeout,
      followRedirects: m.followRedirect,
      parseResponse: m.parseResponse,
      errorsOnStatus: ctx.parameters.handleErrors,
    },
    auth,
  );
  return [httpOutput(await sendRequest(ctx, plan), plan.parseResponse)];
}

const v3Mapper = [
  common.url,
  methodField,
  common.headers,
  field('qs', 'Query String', 'array', { spec: pairSpec }),
  field('bodyType', 'Body type', 'select', {
    options: [
      { value: 'raw', label: 'Raw' },
      { value: 'x_www_form_urlencoded', label: 'Application/x-www-form-urlencoded' },
      { value: 'multipart_form_data', label: 'Multipart/form-data' },
    ],
  }),
  field('contentType', 'Content type', 'text', { help: 'For a raw body, e.g. application/json.' }),
  field('data', 'Request content', 'any'),
  common.formFields,
  common.parseResponse,
  common.timeout,
  field('followRedirect', 'Follow redirect', 'boolean', { default: true }),
  field('authUser', 'User name', 'text'),
  field('authPass', 'Password', 'text'),
];

function v3(id: string, label: string, auth: 'none' | 'apiKey' | 'basic') {
  const requires: HostCapability[] = auth === 'none' ? ['http'] : ['http', 'connections'];
  const authParam =
    auth === 'none'
      ? []
      : [
          field(
            'auth',
            auth === 'apiKey' ? 'Credentials (API key)' : 'Credentials (basic auth)',
            'text',
            { required: true },
          ),
        ];
  return defineModule(
    {
      id,
      label,
      description: 'Sends an HTTP request and returns the answer.',
      kind: 'action',
      parameters: [...authParam, evaluateErrorsParam],
      mapper: v3Mapper,
      output: httpOutputSpec,
    },
    { run: (ctx, input) => runV3(ctx, input, auth !== 'none'), requires },
  );
}

/** HTTP › Make a request (v3, legacy), and its API-key and basic-auth variants. */
export const sendData = v3('http:ActionSendData', 'Make a request', 'none');
export const sendDataApiKey = v3(
  'http:ActionSendDataAPIKeyAuth',
  'Make an API Key Auth request',
  'apiKey',
);
export const sendDataBasic = v3(
  'http:ActionSendDataBasicAuth',
  'Make a Basic Auth request',
  'basic',
);
