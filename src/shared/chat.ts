import { z } from 'zod';

export const chatServices = ['slack', 'teams'] as const;
export type ChatService = (typeof chatServices)[number];

export const chatWebhookInputSchema = z.object({
  url: z
    .string({ message: 'Webhook URL is required' })
    .trim()
    .min(1, { message: 'Webhook URL is required' })
    .max(2000, { message: 'Webhook URL must be at most 2000 characters' })
    .pipe(
      z.url({
        protocol: /^https?$/,
        message: 'Webhook URL must be an address such as https://hooks.slack.com/services/…',
      }),
    ),
});
export type ChatWebhookInput = z.infer<typeof chatWebhookInputSchema>;

/** The URL itself is a credential to post in the channel, so only its service and host come back. */
export const chatWebhookStatusSchema = z.object({
  chatWebhook: z
    .object({ service: z.enum(chatServices), host: z.string(), createdAt: z.string() })
    .nullable(),
});
export type ChatWebhookStatus = z.infer<typeof chatWebhookStatusSchema>;

export const chatTestSchema = z.object({ queued: z.literal(true) });
