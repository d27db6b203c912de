import { z } from 'zod';
import { singleLineText } from './plain-text';

const domainPattern = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/** `acme.com, Acme.org` or a list → ['acme.com', 'acme.org']; each must look like a domain. */
export const emailDomainListSchema = z
  .union([z.string(), z.array(z.string())], { message: 'Email domains must be a list such as acme.com' })
  .transform((value) =>
    (Array.isArray(value) ? value : value.split(/[\s,]+/))
      .map((domain) => domain.trim().toLowerCase())
      .filter((domain) => domain !== ''),
  )
  .pipe(
    z
      .array(z.string().regex(domainPattern, { message: 'Each email domain must look like acme.com' }))
      .max(20, { message: 'At most 20 email domains' }),
  );

/** What an organization's admin sets; the secret may be left out to keep the one stored. */
export const ssoSettingsInputSchema = z.object({
  providerName: singleLineText(
    'Provider name',
    z
      .string({ message: 'Provider name is required' })
      .trim()
      .min(1, { message: 'Provider name is required' })
      .max(60, { message: 'Provider name must be at most 60 characters' }),
  ),
  issuerUrl: z
    .url({ protocol: /^https?$/, message: 'Issuer URL must be an address such as https://login.acme.com' })
    .max(500, { message: 'Issuer URL must be at most 500 characters' }),
  clientId: z
    .string({ message: 'Client ID is required' })
    .trim()
    .min(1, { message: 'Client ID is required' })
    .max(300, { message: 'Client ID must be at most 300 characters' }),
  clientSecret: z
    .string({ message: 'Client secret must be text' })
    .trim()
    .min(1, { message: 'Client secret cannot be empty' })
    .max(1000, { message: 'Client secret must be at most 1000 characters' })
    .optional(),
  emailDomains: emailDomainListSchema.default([]),
  passwordSignInOff: z.boolean({ message: 'Password sign-in off must be true or false' }).default(false),
});
export type SsoSettingsInput = z.input<typeof ssoSettingsInputSchema>;

/** What the API answers about a configured provider: never the secret, only whether one is stored. */
export const ssoSettingsSchema = z.object({
  providerName: z.string(),
  issuerUrl: z.string(),
  clientId: z.string(),
  clientSecretSet: z.literal(true),
  emailDomains: z.array(z.string()),
  passwordSignInOff: z.boolean(),
  /** The sign-in address to hand members: the sign-in page with this organization's button. */
  signInUrl: z.string(),
  callbackUrl: z.string(),
});
export type SsoSettings = z.infer<typeof ssoSettingsSchema>;
export const ssoSettingsAnswerSchema = z.object({ sso: ssoSettingsSchema.nullable() });

export const ssoConnectionTestSchema = z.object({
  issuerUrl: ssoSettingsInputSchema.shape.issuerUrl,
});

export const ssoConnectionTestAnswerSchema = z.union([
  z.object({ ok: z.literal(true), issuer: z.string() }),
  z.object({ ok: z.literal(false), problem: z.string() }),
]);
export type SsoConnectionTest = z.infer<typeof ssoConnectionTestAnswerSchema>;

/** A button on the sign-in page: the instance's provider, or one organization's. */
export const ssoProviderSchema = z.object({ id: z.string(), name: z.string() });
export type SsoProvider = z.infer<typeof ssoProviderSchema>;
export const ssoProvidersAnswerSchema = z.object({ providers: z.array(ssoProviderSchema) });

export const ssoProvidersQuerySchema = z.object({ workspace: z.string().optional() });

/** Why a single sign-on came back to the sign-in page without a session, shown there in words. */
export const ssoErrorMessages: Record<string, string> = {
  sso_not_found: 'There is no such sign-in provider. Check the sign-in link you were given.',
  sso_expired: 'That sign-in took too long or was already used. Start again.',
  sso_refused: 'The sign-in provider did not complete the sign-in.',
  sso_token_invalid: 'The sign-in provider’s answer could not be trusted. Start again, or ask your admin.',
  email_not_verified: 'Your provider has not verified your email address, so it cannot sign you in here.',
  not_a_member: 'Your account is not a member of this organization. Ask its admin for an invitation.',
  sign_up_not_allowed:
    'There is no account with your email address here, and this server does not let it create one.',
  sso_unavailable: 'Single sign-on is not available right now. Try again later, or ask your admin.',
  rate_limited: 'Too many sign-in attempts from this network. Wait 15 minutes and try again.',
};
