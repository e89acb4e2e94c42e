import { toText } from '../../iml';
import { asRecord, defineModule, field } from '../define';
import { buildRequest } from './build-request';
import { headerCollection, headerValue } from './parse-response';
import { sendRequest } from './send-request';
import { common, evaluateErrorsParam, methodField, pairSpec } from './specs';

/** The file name from Content-Disposition, else the URL's last path segment. */
function fileNameOf(disposition: string, url: string): string {
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(disposition)?.[1];
  if (star) {
    try {
      return decodeURIComponent(star.trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain filename
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition)?.[1];
  if (plain) return plain.trim();
  const last = new URL(url).pathname.split('/').filter(Boolean).pop();
  return last ? decodeURIComponent(last) : 'file';
}

/** HTTP › Get a file: the answer's bytes as binary `data`, with `fileName` and `fileSize`. */
export const getFile = defineModule(
  {
    id: 'http:ActionGetFile',
    label: 'Get a file',
    description: 'Downloads a file from a URL.',
    kind: 'action',
    parameters: [evaluateErrorsParam],
    mapper: [
      common.url,
      methodField,
      common.headers,
      field('qs', 'Query String', 'array', { spec: pairSpec }),
      common.timeout,
    ],
    output: [
      field('fileName', 'File name', 'text'),
      field('fileSize', 'File size', 'number'),
      field('data', 'Data', 'buffer'),
      field('statusCode', 'Status code', 'number'),
      field('headers', 'Headers', 'collection'),
    ],
  },
  {
    async run(ctx, input) {
      const m = asRecord(input);
      const plan = buildRequest(
        {
          url: m.url,
          method: m.method,
          headers: m.headers,
          query: m.qs,
          bodyKind: 'none',
          contentType: undefined,
          body: undefined,
          form: undefined,
          timeout: m.timeout,
          followRedirects: true,
          parseResponse: false,
          errorsOnStatus: ctx.parameters.handleErrors,
        },
        { headers: [], query: [] },
      );
      const response = await sendRequest(ctx, plan);
      return [
        {
          fileName: fileNameOf(
            headerValue(response, 'content-disposition'),
            toText(plan.request.url),
          ),
          fileSize: response.body.length,
          data: response.body,
          statusCode: response.status,
          headers: headerCollection(response),
        },
      ];
    },
    requires: ['http'],
  },
);
