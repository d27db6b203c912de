import { z } from 'zod';

export const deleteAccountSchema = z.object({
  password: z
    .string({ message: 'Password is required' })
    .min(1, { message: 'Password is required' })
    .max(128, { message: 'Password must be at most 128 characters' }),
  confirm: z.literal('DELETE', { message: 'Type DELETE in capital letters to confirm' }),
});
export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;

export const maxRetentionMonths = 120;

/** null keeps free-text answers for as long as the round exists. */
export const retentionSchema = z.object({
  months: z
    .number({ message: 'Months must be a number, or empty to keep answers' })
    .int({ message: 'Months must be a whole number' })
    .min(1, { message: 'Keep free-text answers for at least 1 month' })
    .max(maxRetentionMonths, { message: `Keep free-text answers for at most ${maxRetentionMonths} months` })
    .nullable(),
});

/** Workspaces that block deleting an account: the account is their only admin and others remain. */
export type SoleAdminWorkspace = { id: string; name: string };

/** Months written answers are kept after a round closes; null keeps them. */
export const retentionAnswerSchema = z.object({ months: z.number().nullable() });
