import { z } from 'zod';

const base64url = (name: string, length: number) =>
  z
    .string({ message: `${name} is missing` })
    .regex(/^[A-Za-z0-9_-]+$/, { message: `${name} must be base64url` })
    .length(length, { message: `${name} must be ${length} characters of base64url` });

/** What a browser's PushManager.subscribe() gives, as PushSubscription.toJSON() has it. */
export const pushSubscriptionInputSchema = z.object({
  endpoint: z
    .url({ protocol: /^https?$/, message: 'The push endpoint must be an https:// URL' })
    .max(2000, { message: 'The push endpoint must be under 2000 characters' }),
  keys: z.object(
    {
      // An uncompressed P-256 point (65 bytes) and a 16-byte auth secret.
      p256dh: base64url('The p256dh key', 87),
      auth: base64url('The auth secret', 22),
    },
    { message: 'The subscription keys are missing' },
  ),
});
export type PushSubscriptionInput = z.infer<typeof pushSubscriptionInputSchema>;

const pushDeviceSchema = z.object({
  id: z.string(),
  /** The push service's URL for this device: the browser compares it with its own subscription. */
  endpoint: z.string(),
  createdAt: z.string(),
});

export const pushSetupSchema = z.object({
  /** The server's VAPID public key (base64url), the applicationServerKey of a subscription. */
  publicKey: z.string(),
  devices: z.array(pushDeviceSchema),
});
export type PushSetup = z.infer<typeof pushSetupSchema>;

export const pushDeviceAnswerSchema = z.object({ device: pushDeviceSchema });
export const pushTestSchema = z.object({ queued: z.number() });
