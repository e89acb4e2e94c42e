/** Field specs shared by the HTTP modules (Make's names and labels). */
import type { FieldSpec } from '../contract';
import { field } from '../define';

export const pairSpec = [field('name', 'Name', 'text'), field('value', 'Value', 'text')];

export const methodField = field('method', 'Method', 'select', {
  default: 'get',
  options: ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'].map((m) => ({
    value: m,
    label: m.toUpperCase(),
  })),
});

export const common = {
  url: field('url', 'URL', 'text', { required: true }),
  headers: field('headers', 'Headers', 'array', { spec: pairSpec }),
  timeout: field('timeout', 'Timeout', 'integer', { help: 'Seconds, 1 to 300 (default 300).' }),
  parseResponse: field('parseResponse', 'Parse response', 'boolean', {
    default: false,
    help: 'Parses a JSON answer into data; text stays text, anything else binary.',
  }),
  formFields: field('formFields', 'Fields', 'array', {
    spec: [
      field('key', 'Key', 'text'),
      field('value', 'Value', 'text'),
      field('fieldType', 'Field type', 'select', {
        options: [
          { value: 'text', label: 'Text' },
          { value: 'file', label: 'File' },
        ],
      }),
      field('fileName', 'File name', 'text'),
      field('data', 'Data', 'buffer'),
    ],
  }),
};

export const httpOutputSpec: FieldSpec[] = [
  field('statusCode', 'Status code', 'number'),
  field('headers', 'Headers', 'collection'),
  field('cookieHeaders', 'Cookie headers', 'array'),
  field('data', 'Data', 'any'),
];

export const evaluateErrorsParam = field(
  'handleErrors',
  'Evaluate all states as errors (except for 2xx and 3xx)',
  'boolean',
  { default: true, help: 'On: 4xx is a DataError (429 a RateLimitError), 5xx a ConnectionError.' },
);
