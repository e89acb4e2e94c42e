/** gateway: webhooks — Custom webhook (instant trigger) and Webhook response. */
import { customWebhook } from './custom-webhook';
import { webhookRespond } from './webhook-respond';

export { parseStoredRequest } from './parse-request';
export type { WebhookOptions } from './parse-request';

export const gatewayModules = [customWebhook, webhookRespond];
