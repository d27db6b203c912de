// The webhooks module's public surface: other modules import from here (pure rules from public.models.ts), never from its other files.
export { webhooksRouteDocs } from './webhooks.openapi';
export { announceRoundClosed } from './webhooks.usecases';
