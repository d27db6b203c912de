import { z } from 'zod';
import { apiTokenScopeSchema } from './api-tokens';
import { uiLocales } from './i18n/locales';
import { singleLineText } from './plain-text';

export const emailSchema = z
  .string({ message: 'Email is required' })
  .trim()
  .toLowerCase()
  .max(254, { message: 'Email must be at most 254 characters' })
  .pipe(z.email({ message: 'Email must look like name@example.com' }));

export const passwordSchema = z
  .string({ message: 'Password is required' })
  .min(8, { message: 'Password must be at least 8 characters' })
  .max(128, { message: 'Password must be at most 128 characters' });

export const nameSchema = singleLineText(
  'Name',
  z
    .string({ message: 'Name is required' })
    .trim()
    .min(1, { message: 'Name is required' })
    .max(100, { message: 'Name must be at most 100 characters' }),
);

/** A language the leader's own screens and mails are complete in (decision 0052). */
export const uiLanguageSchema = z.enum(uiLocales, { message: 'Choose a language: en or de' });

export const signUpSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
  /** The language the person was reading the app in when they signed up; the account keeps it. */
  language: uiLanguageSchema.optional(),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z
    .string({ message: 'Password is required' })
    .min(1, { message: 'Password is required' })
    .max(128),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const requestPasswordResetSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({
  token: z.string().min(16, { message: 'This reset link is incomplete' }).max(200),
  password: passwordSchema,
});

export const currentUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  /** Whether the owner opened a confirmation link: Feedforward mails nobody in their name before. */
  emailVerified: z.boolean(),
  /** The language the leader chose for the app and their own mails; null: never chosen, the device decides. */
  language: uiLanguageSchema.nullable(),
  /** Only when acting through a personal API token: what that token may do. */
  tokenScopes: z.array(apiTokenScopeSchema).readonly().optional(),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

/** The answer of a route that signed someone in, or says who is. */
export const signedInSchema = z.object({ user: currentUserSchema });

/** A right password either signs in, or, with two-step sign-in on, asks for a code under this token. */
export const signInAnswerSchema = z.union([
  signedInSchema,
  z.object({ user: z.null(), secondStep: z.object({ token: z.string() }) }),
]);

/** Whether anyone is signed in; a signed-in organization admin may still have to turn on two-step sign-in. */
export const sessionAnswerSchema = z.union([
  z.object({ user: z.null() }),
  z.object({ user: currentUserSchema, mustEnrollTwoFactor: z.boolean() }),
]);

/** The leader's choice of language, kept on the account (decision 0052). */
export const accountLanguageSchema = z.object({ language: uiLanguageSchema });

export const verifyEmailSchema = z.object({
  token: z.string().min(16, { message: 'This confirmation link is incomplete' }).max(200),
});

/**
 * Who may create an account here, as the operator set it (SIGNUP, SIGNUP_EMAIL_DOMAINS); public, so
 * the sign-up page can say so before anyone fills the form. An empty domain list allows any domain.
 */
export const signUpModes = ['open', 'invite-only', 'off'] as const;
export const signUpPolicySchema = z.object({
  signUp: z.enum(signUpModes),
  emailDomains: z.array(z.string()),
});
export type SignUpPolicy = z.infer<typeof signUpPolicySchema>;

/** A confirmation link was made: emailed, or held on the server for whoever runs it (no SMTP). */
export const verificationLinkSentSchema = z.object({
  delivery: z.enum(['email', 'held']),
  message: z.string(),
});
export type VerificationLinkSent = z.infer<typeof verificationLinkSentSchema>;

export const signUpAnswerSchema = z.object({
  user: currentUserSchema,
  verification: verificationLinkSentSchema,
});
