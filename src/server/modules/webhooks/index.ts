// The webhooks module's public surface: other modules import from here (pure rules from public.models.ts), never from its other files.

export { postWebhook } from './webhook-sender';
export { TargetRefused, targetPolicyOf, vetTarget } from './webhook-target';
export { webhooksRouteDocs } from './webhooks.openapi';
export { announceRoundClosed } from './webhooks.usecases';
