/** gateway: webhooks. Only the minimal Custom webhook so far. */
import { customWebhook } from './custom-webhook';

export const gatewayModules = [customWebhook];
