import { z } from 'zod';
import { emailSchema } from './accounts';
import { singleLineText } from './plain-text';
import { relationshipGroups } from './questions';

export const stakeholderNameSchema = singleLineText(
  'Name',
  z
    .string({ message: 'Name is required' })
    .trim()
    .min(1, { message: 'Name is required' })
    .max(100, { message: 'Name must be at most 100 characters' }),
);

/** Optional: a blank field in a form means "no email", which is stored as null. */
export const stakeholderEmailSchema = z
  .preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
    emailSchema.nullable().optional(),
  )
  .transform((value) => value ?? null);

// The same groups as relationshipGroupSchema, with a message a person can act on.
export const stakeholderGroupSchema = z.enum(relationshipGroups, {
  message: 'Choose who this person is to you: direct report, peer, manager or other',
});

export const stakeholderInputSchema = z.object({
  name: stakeholderNameSchema,
  email: stakeholderEmailSchema,
  relationshipGroup: stakeholderGroupSchema,
});
export type StakeholderInput = z.infer<typeof stakeholderInputSchema>;

export const maxBulkTextLength = 20_000;

export const bulkStakeholdersSchema = z.object({
  text: z.string({ message: 'Paste one person per line' }).max(maxBulkTextLength, {
    message: `The list must be at most ${maxBulkTextLength} characters; add the rest in a second go`,
  }),
  dryRun: z.boolean({ message: 'dryRun must be true or false' }).optional(),
});

export const stakeholderSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  relationshipGroup: z.enum(relationshipGroups),
});
export type Stakeholder = z.infer<typeof stakeholderSchema>;

/** A pasted line that was not added, with its 1-based line number and why. */
export const stakeholderLineErrorSchema = z.object({
  line: z.number(),
  text: z.string(),
  message: z.string(),
});
export type StakeholderLineError = z.infer<typeof stakeholderLineErrorSchema>;

export const bulkStakeholdersResultSchema = z.object({
  added: z.array(stakeholderSchema),
  errors: z.array(stakeholderLineErrorSchema),
});
export type BulkStakeholdersResult = z.infer<typeof bulkStakeholdersResultSchema>;

export const stakeholderListSchema = z.object({ stakeholders: z.array(stakeholderSchema) });
export const stakeholderAnswerSchema = z.object({ stakeholder: stakeholderSchema });
