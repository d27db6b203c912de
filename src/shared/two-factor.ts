import { z } from 'zod';

/** Six digits from the authenticator app, or a recovery code; spaces and dashes people type are dropped. */
export const twoFactorCodeSchema = z
  .string({ message: 'Code is required' })
  .transform((code) => code.replace(/[\s-]/g, '').toLowerCase())
  .pipe(
    z
      .string()
      .min(1, { message: 'Code is required' })
      .max(20, { message: 'Code must be at most 20 characters' }),
  );

export const confirmTwoFactorSchema = z.object({
  code: twoFactorCodeSchema.pipe(
    z.string().regex(/^\d{6}$/, { message: 'Code must be the 6 digits your app shows' }),
  ),
});

export const disableTwoFactorSchema = z.object({
  password: z
    .string({ message: 'Password is required' })
    .min(1, { message: 'Password is required' })
    .max(128),
  code: twoFactorCodeSchema,
});

export const secondStepSchema = z.object({
  token: z
    .string({ message: 'This sign-in has expired' })
    .min(16, { message: 'This sign-in has expired' })
    .max(200),
  code: twoFactorCodeSchema,
});

export const twoFactorStatusSchema = z.object({
  enabled: z.boolean(),
  recoveryCodesLeft: z.number(),
  /** The operator requires it of organization admins, and this account is one. */
  required: z.boolean(),
});
export type TwoFactorStatus = z.infer<typeof twoFactorStatusSchema>;

export const twoFactorEnrollmentSchema = z.object({ secret: z.string(), uri: z.string(), qrSvg: z.string() });
export type TwoFactorEnrollment = z.infer<typeof twoFactorEnrollmentSchema>;

/** Shown once, when two-step sign-in is turned on. */
export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });

/** What a right password answers for an account with two-step sign-in: a code is still needed. */
export type SecondStepNeeded = { secondStep: { token: string } };
