import { z } from 'zod';
import type { Competency } from './framework';
import { localeSchema } from './i18n/locale-schema';
import { multiLineText } from './plain-text';
import { type RoundKind, roundKinds } from './round-kinds';

export const cycleStages = ['reframe', 'listen', 'commit', 'tell', 'practice', 'review', 'done'] as const;
export type CycleStage = (typeof cycleStages)[number];

/** The leader's own rating of each behavior, 1 to 5. */
export const baselineSchema = z.record(
  z.string(),
  z
    .number({ message: 'Each self-rating must be a number from 1 to 5' })
    .int({ message: 'Each self-rating must be a whole number from 1 to 5' })
    .min(1, { message: 'Each self-rating must be from 1 to 5' })
    .max(5, { message: 'Each self-rating must be from 1 to 5' }),
);

export const problemSchema = multiLineText(
  'The problem',
  z
    .string({ message: 'Describe the problem in your own words' })
    .trim()
    .min(10, { message: 'Describe the problem in a sentence or two (at least 10 characters)' })
    .max(4000, { message: 'Keep the problem under 4000 characters' }),
);

export const goalSchema = multiLineText(
  'The goal',
  z
    .string({ message: 'Write your goal' })
    .trim()
    .min(10, { message: 'Write your goal as "I want to get better at … so that …"' })
    .max(1000, { message: 'Keep the goal under 1000 characters' }),
);

export const createCycleSchema = z.object({
  problem: problemSchema,
  goal: goalSchema,
  competencyKey: z.string({ message: 'Choose a competency' }).min(1, { message: 'Choose a competency' }),
  baseline: baselineSchema,
});
export type CreateCycleInput = z.infer<typeof createCycleSchema>;

export const updateCycleSchema = z.object({
  problem: problemSchema,
  goal: goalSchema,
  baseline: baselineSchema,
});

export { type RoundKind, roundKinds };

/*
 * The answers of the cycle routes, as the OpenAPI document and the web client read them. A cycle's
 * competency is the copy it took when it started, so it is read as stored, not re-checked as a file.
 */
export const competencyAnswerSchema = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  whyItMatters: z.string(),
  reflectionPrompts: z.array(z.string()),
  behaviors: z.array(z.object({ key: z.string(), text: z.string() })),
}) satisfies z.ZodType<Competency>;

export const roundSummarySchema = z.object({
  id: z.string(),
  kind: z.enum(roundKinds),
  status: z.enum(['open', 'closed']),
  openedAt: z.string(),
  closesOn: z.string(),
  closedAt: z.string().nullable(),
  /** The k locked when the round opened, which may differ from the workspace's current setting. */
  anonymityK: z.number(),
  invitedCount: z.number(),
  responseCount: z.number(),
  /** When the leader sent everyone asked the one thank-you note; null until then. */
  thankedAt: z.string().nullable(),
  /** The language its questions and mails are in (decision 0044). */
  language: localeSchema,
});
export type RoundSummary = z.infer<typeof roundSummarySchema>;

export const cycleDetailSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  problem: z.string(),
  goal: z.string(),
  competency: competencyAnswerSchema,
  baseline: z.record(z.string(), z.number()),
  stage: z.enum(cycleStages),
  createdAt: z.string(),
  /** When the leader reviewed and closed the cycle; null while it runs. */
  closedAt: z.string().nullable(),
  /** The leader's closing reflection, written at review; null before. */
  reflection: z.string().nullable(),
  rounds: z.array(roundSummarySchema),
});
export type CycleDetail = z.infer<typeof cycleDetailSchema>;

export const cycleSummarySchema = cycleDetailSchema
  .pick({ id: true, goal: true, stage: true, createdAt: true, closedAt: true })
  .extend({
    competencyName: z.string(),
    /** The first words of the closing reflection, for the cycles history; null before review. */
    reflectionExcerpt: z.string().nullable(),
  });
export type CycleSummary = z.infer<typeof cycleSummarySchema>;

export const cycleListSchema = z.object({ cycles: z.array(cycleSummarySchema) });
export const cycleAnswerSchema = z.object({ cycle: cycleDetailSchema });
