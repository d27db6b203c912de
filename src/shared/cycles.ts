import { z } from 'zod';
import type { Competency } from './framework';
import { multiLineText } from './plain-text';

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

export type RoundSummary = {
  id: string;
  kind: RoundKind;
  status: 'open' | 'closed';
  openedAt: string;
  closesOn: string;
  closedAt: string | null;
  /** The k locked when the round opened, which may differ from the workspace's current setting. */
  anonymityK: number;
  invitedCount: number;
  responseCount: number;
  /** When the leader sent everyone asked the one thank-you note; null until then. */
  thankedAt: string | null;
};

export type CycleDetail = {
  id: string;
  workspaceId: string;
  problem: string;
  goal: string;
  competency: Competency;
  baseline: Record<string, number>;
  stage: CycleStage;
  createdAt: string;
  /** When the leader reviewed and closed the cycle; null while it runs. */
  closedAt: string | null;
  /** The leader's closing reflection, written at review; null before. */
  reflection: string | null;
  rounds: RoundSummary[];
};

export type CycleSummary = Pick<CycleDetail, 'id' | 'goal' | 'stage' | 'createdAt' | 'closedAt'> & {
  competencyName: string;
  /** The first words of the closing reflection, for the cycles history; null before review. */
  reflectionExcerpt: string | null;
};

export const roundKinds = ['listening', 'pulse', 'mini_survey'] as const;
export type RoundKind = (typeof roundKinds)[number];
