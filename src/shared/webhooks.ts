import { z } from 'zod';

/** What a webhook can be told of; `ping` is only ever sent by the test button. */
export const webhookEvents = [
  'round.closed',
  'round.results_released',
  'mini_survey.change_released',
] as const;
export const webhookEventSchema = z.enum(webhookEvents, {
  message: 'Events must be round.closed, round.results_released or mini_survey.change_released',
});
export type WebhookEvent = z.infer<typeof webhookEventSchema>;
export type SentWebhookEvent = WebhookEvent | 'ping';

export const maxWebhooksPerAccount = 10;

export const webhookUrlSchema = z
  .string({ message: 'URL is required' })
  .trim()
  .min(1, { message: 'URL is required' })
  .max(2000, { message: 'URL must be at most 2000 characters' })
  .pipe(z.url({ protocol: /^https?$/, message: 'URL must be an address such as https://example.com/hook' }));

export const createWebhookSchema = z.object({
  url: webhookUrlSchema,
  events: z
    .array(webhookEventSchema, { message: 'Events are required' })
    .min(1, { message: 'Pick at least one event' })
    .max(webhookEvents.length)
    .refine((events) => new Set(events).size === events.length, { message: 'Events must not repeat' }),
});
export type CreateWebhookInput = z.infer<typeof createWebhookSchema>;

export const updateWebhookSchema = z.object({
  enabled: z.boolean({ message: 'Enabled must be true or false' }),
});

export const webhookSchema = z.object({
  id: z.string(),
  url: z.string(),
  events: z.array(webhookEventSchema),
  enabled: z.boolean(),
  createdAt: z.string(),
});
export type Webhook = z.infer<typeof webhookSchema>;

export const webhookDeliveryStatuses = ['pending', 'retrying', 'delivered', 'failed', 'skipped'] as const;
export type WebhookDeliveryStatus = (typeof webhookDeliveryStatuses)[number];

export const webhookDeliverySchema = z.object({
  id: z.string(),
  event: z.string(),
  status: z.enum(webhookDeliveryStatuses),
  attempts: z.number(),
  responseCode: z.number().nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  lastAttemptAt: z.string().nullable(),
});
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;

export const webhookListSchema = z.object({ webhooks: z.array(webhookSchema) });

export const webhookDeliveryListSchema = z.object({ deliveries: z.array(webhookDeliverySchema) });

/** The one answer that holds the signing secret; it is never shown again. */
/** A test delivery, queued. */
export const webhookTestDeliverySchema = z.object({ delivery: webhookDeliverySchema });

export const createdWebhookSchema = z.object({ webhook: webhookSchema, secret: z.string() });
export type CreatedWebhook = z.infer<typeof createdWebhookSchema>;

/** Every delivery's body; `data` carries ids, dates, counts and figures the leader can already see. */
export type WebhookBody = {
  id: string;
  event: SentWebhookEvent;
  createdAt: string;
  data: Record<string, unknown>;
};
