import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { postWebhook, type SendOutcome } from './webhook-sender';
import { signatureHeader } from './webhook-signature';
import { TargetRefused, targetPolicyOf, vetTarget } from './webhook-target';
import { statusAfterAttempt } from './webhooks.models';

type Deps = Pick<AppDeps, 'repos' | 'now' | 'config'>;

const deliverPayload = z.object({ deliveryId: z.string().min(1) });

/** Job: one attempt at one delivery; a failure throws, so the jobs module retries it with backoff. */
export async function deliverWebhook(deps: Deps, payload: unknown): Promise<void> {
  const { deliveryId } = deliverPayload.parse(payload);
  const delivery = await deps.repos.webhooks.findDeliveryWithWebhook(deliveryId);
  // Deleted with its webhook, or settled by an earlier run of this job.
  if (!delivery || !['pending', 'retrying'].includes(delivery.status)) return;
  if (delivery.enabled !== 1) {
    await deps.repos.webhooks.markSkipped(deliveryId);
    return;
  }
  const outcome = await attempt(deps, delivery);
  const attempts = delivery.attempts + 1;
  const responseCode = 'responseCode' in outcome ? outcome.responseCode : null;
  const status = statusAfterAttempt(responseCode, attempts);
  const error =
    'error' in outcome ? outcome.error : status === 'delivered' ? null : `answered ${responseCode}`;
  await deps.repos.webhooks.recordAttempt(deliveryId, {
    status,
    attempts,
    response_code: responseCode,
    last_error: error,
    last_attempt_at: deps.now().toISOString(),
  });
  if (status !== 'delivered') throw new Error(`webhook delivery ${deliveryId} failed: ${error}`);
}

async function attempt(
  deps: Deps,
  delivery: { id: string; event: string; body: string; url: string; secret: string },
): Promise<SendOutcome> {
  try {
    const target = await vetTarget(delivery.url, targetPolicyOf(deps.config));
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'Feedforward-Webhooks/1',
      'feedforward-event': delivery.event,
      'feedforward-delivery': delivery.id,
      'feedforward-signature': signatureHeader(delivery.secret, delivery.body, deps.now()),
    };
    return await postWebhook(target, delivery.body, headers, deps.config.WEBHOOK_TIMEOUT_MS);
  } catch (error) {
    if (error instanceof TargetRefused) return { error: error.message };
    throw error;
  }
}
