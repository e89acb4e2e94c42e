import { isCollection, toNumber, toText } from '../../iml';
import { asRecord, defineModule, field } from '../define';
import { badHeader, invalidStatus, tooManyHeaders } from './errors';

const MAX_HEADERS = 16;

function statusOf(value: unknown): number {
  const n = value === undefined || value === '' ? 200 : toNumber(value);
  if (n === undefined || !Number.isInteger(n) || n < 100 || n > 599) throw invalidStatus(value);
  return n;
}

/** Make's headers are `[{key, value}]`; one real export used `name`, so both are read. */
function headersOf(value: unknown): [string, string][] {
  const list = Array.isArray(value) ? value : [];
  if (list.length > MAX_HEADERS) throw tooManyHeaders(list.length);
  return list.map((h, i) => {
    const row = asRecord(h);
    const key = toText(row.key ?? row.name).trim();
    const text = toText(row.value);
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(key))
      badHeaderThrow(i, `'${key}' is not a header name`);
    if (key.length > 256) badHeaderThrow(i, 'the name is longer than 256 characters');
    if (text.length > 4096) badHeaderThrow(i, 'the value is longer than 4096 characters');
    return [key, text] as [string, string];
  });
}

function badHeaderThrow(i: number, reason: string): never {
  throw badHeader(i + 1, reason);
}

/**
 * Webhook response: hands the caller's answer (status, body, up to 16 headers) to the host,
 * which sends it through the relay (MAKE-REFERENCE.md §5.4). Binary bodies stay bytes;
 * collections and arrays become JSON text.
 */
export const webhookRespond = defineModule(
  {
    id: 'gateway:WebhookRespond',
    label: 'Webhook response',
    description: 'Answers the request that started the scenario.',
    kind: 'responder',
    mapper: [
      field('status', 'Status', 'text', { required: true, default: '200', help: '100 to 599' }),
      field('body', 'Body', 'any'),
      field('headers', 'Custom headers', 'array', {
        help: 'At most 16; names up to 256 characters, values up to 4096.',
        spec: [field('key', 'Key', 'text'), field('value', 'Value', 'text')],
      }),
    ],
  },
  {
    run(ctx, input) {
      const m = asRecord(input);
      const body = m.body;
      ctx.respond({
        status: statusOf(m.status),
        headers: headersOf(m.headers),
        body:
          body instanceof Uint8Array
            ? body
            : isCollection(body) || Array.isArray(body)
              ? JSON.stringify(body)
              : toText(body),
      });
      return [{}];
    },
  },
);
