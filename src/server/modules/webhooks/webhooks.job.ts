import type { AppDeps } from '../../deps';
import { deliverWebhook } from './webhook-delivery.usecases';
import { deliverWebhookJob, queueRoundClosedDeliveries, roundClosedWebhookJob } from './webhooks.usecases';

export function webhookJobHandlers(deps: Pick<AppDeps, 'repos' | 'now' | 'config' | 'wakeJobs'>) {
  return {
    [roundClosedWebhookJob]: (payload: unknown) => queueRoundClosedDeliveries(deps, payload),
    [deliverWebhookJob]: (payload: unknown) => deliverWebhook(deps, payload),
  };
}
