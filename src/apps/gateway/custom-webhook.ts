import { toBoolean } from '../../iml';
import type { StoredRequest } from '../../shared/relay-protocol';
import type { HandlerContext } from '../contract';
import { defineModule, field } from '../define';
import { loadStructure, validateStructure } from '../json';
import { parseStoredRequest } from './parse-request';

function cycleSlice<T>(ctx: HandlerContext, all: readonly T[]): readonly T[] {
  const max = Number(ctx.parameters.maxResults);
  const size = Number.isInteger(max) && max > 0 ? max : all.length;
  if (size === 0) return [];
  return all.slice((ctx.cycle - 1) * size, ctx.cycle * size);
}

const flag = (v: unknown) => v !== undefined && toBoolean(v);

async function parseRequests(ctx: HandlerContext, requests: readonly StoredRequest[]) {
  const p = ctx.parameters;
  const options = {
    headers: flag(p.headers),
    method: flag(p.method),
    stringify: flag(p.stringify),
  };
  const structure = await loadStructure(ctx, p.type);
  const check = structure && ((f: Record<string, unknown>) => validateStructure(f, structure));
  return requests.map((r) => parseStoredRequest(r, options, check));
}

/**
 * Custom webhook: emits a bundle per request that started the run, `maxResults` per cycle (all
 * in cycle 1 when unset). Stored requests are parsed here with the hook's options and checked
 * against its data structure; a host may also hand over bundles it parsed itself.
 */
export const customWebhook = defineModule(
  {
    id: 'gateway:CustomWebHook',
    label: 'Custom webhook',
    description: 'Starts the scenario when data arrives at the webhook’s URL.',
    kind: 'trigger',
    parameters: [
      field('hook', 'Webhook', 'text', { required: true }),
      field('maxResults', 'Maximum number of results', 'integer'),
      field('headers', 'Get request headers', 'boolean', {
        default: false,
        help: 'Adds __IMTHEADERS__: the request headers as [{name, value}].',
      }),
      field('method', 'Get request HTTP method', 'boolean', {
        default: false,
        help: 'Adds __IMTMETHOD__.',
      }),
      field('stringify', 'JSON pass-through', 'boolean', {
        default: false,
        help: 'A JSON body arrives unparsed, as text in value.',
      }),
      field('type', 'Data structure', 'text', {
        help: 'Optional. Requests that do not fit it fail with a BundleValidationError.',
      }),
    ],
    output: [
      field('value', 'Value (text/plain or JSON pass-through body)', 'any'),
      field('__IMTHEADERS__', 'Headers', 'array', {
        spec: [field('name', 'Name', 'text'), field('value', 'Value', 'text')],
      }),
      field('__IMTMETHOD__', 'Method', 'text'),
    ],
  },
  {
    read(ctx) {
      const requests = ctx.webhook?.requests;
      // Bundles a host parsed itself come back synchronously (no promise on the hot path).
      if (!requests) return cycleSlice(ctx, ctx.webhook?.bundles ?? []);
      return parseRequests(ctx, cycleSlice(ctx, requests));
    },
  },
);
