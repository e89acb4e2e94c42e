import { defineModule, field } from '../define';

/**
 * Custom webhook, minimal: emits the bundles the host parsed from its requests, `maxResults` per
 * cycle (all in cycle 1 when unset). Full request parsing arrives with the apps issue.
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
    ],
  },
  {
    read(ctx) {
      const all = ctx.webhook?.bundles ?? [];
      const max = Number(ctx.parameters.maxResults);
      const size = Number.isInteger(max) && max > 0 ? max : all.length;
      if (size === 0) return [];
      return all.slice((ctx.cycle - 1) * size, ctx.cycle * size);
    },
  },
);
