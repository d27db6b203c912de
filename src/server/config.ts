import { z } from 'zod';
import { signUpModes } from '../shared/accounts';
import { isLoopbackUrl } from './http/loopback';
import { logLevels } from './logger';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1');

/** `example.com, Example.org` → ['example.com', 'example.org']; each must look like a domain. */
const emailDomains = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((domain) => domain.trim().toLowerCase())
      .filter((domain) => domain !== ''),
  )
  .pipe(
    z.array(
      z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, {
        message: 'must be domains separated by commas, such as example.com,example.org',
      }),
    ),
  );

const configSchema = z
  .object({
    PORT: z.coerce.number({ message: 'must be a port number' }).int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    BASE_URL: z
      .url({ message: 'must be an absolute URL such as https://feedforward.example.com' })
      .optional(),
    DATABASE_URL: z
      .string()
      .regex(/^(postgres(ql)?:\/\/|file:|sqlite:)/, {
        message: 'must start with postgres:// or file: (for example file:./data/feedforward.db)',
      })
      .default('file:./data/feedforward.db'),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, { message: 'must look like smtp://user:pass@host:587 or smtps://…' })
      .optional(),
    MAIL_FROM: z.string().min(3).default('Feedforward <feedforward@localhost>'),
    MAIL_MAX_PER_HOUR: z.coerce
      .number({ message: 'must be the number of messages sent per hour at most' })
      .int({ message: 'must be a whole number of messages' })
      .min(1, { message: 'must be at least 1' })
      .max(1_000_000, { message: 'must be at most 1000000' })
      .default(500),
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(5)
      .max(60 * 24 * 30)
      .default(60 * 24 * 7),
    SESSION_MAX_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    JOB_TICK_MS: z.coerce.number().int().min(50).max(600_000).default(5_000),
    TRUST_PROXY: z.coerce
      .number({ message: 'must be the number of reverse proxies in front of the app (0 when none)' })
      .int({ message: 'must be a whole number of proxies' })
      .min(0, { message: 'must be 0 or more' })
      .max(10, { message: 'must be at most 10' })
      .default(0),
    TEXT_ANALYSIS_WORKERS: z.coerce
      .number({ message: 'must be the number of worker threads for text analysis' })
      .int({ message: 'must be a whole number of workers' })
      .min(1, { message: 'must be at least 1' })
      .max(16, { message: 'must be at most 16' })
      .default(1),
    TEXT_ANALYSIS_BUDGET_MS: z.coerce
      .number({ message: 'must be a number of milliseconds' })
      .int({ message: 'must be a whole number of milliseconds' })
      .min(1, { message: 'must be at least 1' })
      .max(60_000, { message: 'must be at most 60000' })
      .default(2_000),
    SEED_DEMO: booleanFlag.optional(),
    SIGNUP: z.enum(signUpModes, { message: 'must be open, invite-only or off' }).default('open'),
    SIGNUP_EMAIL_DOMAINS: emailDomains.default([]),
    // Admins of an organization must set up two-step sign-in before any admin action.
    REQUIRE_2FA_FOR_ADMINS: booleanFlag.default(false),
    SOURCE_URL: z
      .url({
        protocol: /^https?$/,
        message: 'must be an http(s) address such as https://git.example.com/feedforward',
      })
      .optional(),
    LOG_LEVEL: z.enum(logLevels).default('info'),
    // Webhooks to private networks (10.0.0.0/8, 192.168.0.0/16, …) are refused unless the operator
    // allows them, so a webhook cannot probe the network the server runs in (decision 0036).
    WEBHOOK_ALLOW_PRIVATE_NETWORKS: booleanFlag.default(false),
    WEBHOOK_TIMEOUT_MS: z.coerce
      .number({ message: 'must be a number of milliseconds' })
      .int({ message: 'must be a whole number of milliseconds' })
      .min(100, { message: 'must be at least 100' })
      .max(60_000, { message: 'must be at most 60000' })
      .default(10_000),
    // The instance's own OpenID Connect provider, offered on the sign-in page (decision 0034).
    OIDC_ISSUER: z
      .url({
        protocol: /^https?$/,
        message: 'must be the provider’s issuer address, such as https://login.example.com',
      })
      .optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_PROVIDER_NAME: z
      .string()
      .min(1)
      .max(60, { message: 'must be at most 60 characters' })
      .default('single sign-on'),
    // Seals organizations' client secrets in the database; without it they cannot set up a provider.
    OIDC_SECRET_KEY: z
      .string()
      .min(32, { message: 'must be at least 32 characters (say, openssl rand -hex 32)' })
      .optional(),
    // Web Push signs with the server's own VAPID pair (decision 0049). Unset, a pair is made on first
    // start and kept in the database; set both to keep subscriptions across a database rebuild.
    VAPID_PUBLIC_KEY: z
      .string()
      .regex(/^[A-Za-z0-9_-]{87}$/, {
        message: 'must be an uncompressed P-256 public key in base64url (87 characters)',
      })
      .optional(),
    VAPID_PRIVATE_KEY: z
      .string()
      .regex(/^[A-Za-z0-9_-]{43}$/, { message: 'must be a P-256 private key in base64url (43 characters)' })
      .optional(),
    VAPID_SUBJECT: z
      .string()
      .regex(/^(mailto:\S+@\S+|https:\/\/\S+)$/, {
        message: 'must be a mailto: address or an https:// URL where push services can reach the operator',
      })
      .optional(),
  })
  .superRefine((config, context) => {
    if ((config.VAPID_PUBLIC_KEY === undefined) !== (config.VAPID_PRIVATE_KEY === undefined))
      for (const name of ['VAPID_PUBLIC_KEY', 'VAPID_PRIVATE_KEY'] as const)
        if (config[name] === undefined)
          context.addIssue({ code: 'custom', path: [name], message: 'must be set with the other VAPID key' });
    const parts = [config.OIDC_ISSUER, config.OIDC_CLIENT_ID, config.OIDC_CLIENT_SECRET];
    if (parts.every((part) => part === undefined) || parts.every((part) => part !== undefined)) return;
    for (const name of ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const) {
      if (config[name] === undefined)
        context.addIssue({
          code: 'custom',
          path: [name],
          message: 'must be set with the other OIDC_ variables',
        });
    }
  });

export type Config = Omit<z.infer<typeof configSchema>, 'BASE_URL' | 'SEED_DEMO'> & {
  BASE_URL: string;
  SEED_DEMO: boolean;
};

export class ConfigError extends Error {}

/** Parses the environment once at start-up; a bad value stops the app with the variable named. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const config = parsed.data;
  const baseUrl = (config.BASE_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, '');
  // The demo is for a laptop: on a server's address it is seeded only when the operator asks.
  return { ...config, BASE_URL: baseUrl, SEED_DEMO: config.SEED_DEMO ?? isLoopbackUrl(baseUrl) };
}
