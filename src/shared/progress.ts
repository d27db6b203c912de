import { z } from 'zod';
import { competencySchema } from './framework';
import { multiLineText } from './plain-text';

/** A perceived-change figure on the -3..+3 scale, shown only when at least k people rated. */
const changeFigureSchema = z.object({
  /** Ratings behind the figure ("not enough contact to judge" never counts). */
  n: z.number(),
  mean: z.number(),
  /** Share (0..1) of ratings at +1 or better. */
  shareImproved: z.number(),
  /** The mark of real progress: a net (mean) score above +1. */
  realProgress: z.boolean(),
});
export type ChangeFigure = z.infer<typeof changeFigureSchema>;

/** One released (or withheld) mini-survey round of the cycle, placed on the time axis by `date`. */
const miniSurveyPointSchema = z.object({
  roundId: z.string(),
  openedAt: z.string(),
  closesOn: z.string(),
  closedAt: z.string().nullable(),
  /** YYYY-MM-DD the results belong to: the closing day. */
  date: z.string(),
  /** False when the round closed with fewer than k answers: no figure of it is ever shown. */
  released: z.boolean(),
  responseCount: z.number(),
  /** Pooled over the commitments' released figures only; null when none of them could be shown. */
  overall: changeFigureSchema.nullable(),
  /** One per commitment the round asked about; figure null when fewer than k people rated it. */
  byCommitment: z.array(z.object({ commitmentId: z.string(), figure: changeFigureSchema.nullable() })),
});
export type MiniSurveyPoint = z.infer<typeof miniSurveyPointSchema>;

const weeklyEffortPointSchema = z.object({
  /** Monday of the ISO week, YYYY-MM-DD. */
  weekStart: z.string(),
  isoWeek: z.string(),
  /** Mean 1..10 daily effort of the week's check-ins; null for a week without any. */
  average: z.number().nullable(),
  checkIns: z.number(),
});

/** The leader's own rating before listening next to what others said, per behavior. */
const selfVsOthersRowSchema = z.object({
  behaviorKey: z.string(),
  behaviorText: z.string(),
  /** The leader's 1..5 self-rating, or null when they skipped it. */
  self: z.number().nullable(),
  /** Released mean of others' 1..5 ratings; null when hidden (fewer than k rated) or not released. */
  others: z.object({ n: z.number(), mean: z.number() }).nullable(),
});
export type SelfVsOthersRow = z.infer<typeof selfVsOthersRowSchema>;

const cycleProgressSchema = z.object({
  cycle: z.object({
    id: z.string(),
    goal: z.string(),
    problem: z.string(),
    stage: z.string(),
    createdAt: z.string(),
    closedAt: z.string().nullable(),
    reflection: z.string().nullable(),
  }),
  competency: competencySchema,
  commitments: z.array(
    z.object({
      id: z.string(),
      situation: z.string(),
      action: z.string(),
      status: z.enum(['active', 'retired']),
    }),
  ),
  /** Every round of the cycle, for the report's time line. */
  rounds: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      status: z.enum(['open', 'closed']),
      openedAt: z.string(),
      closesOn: z.string(),
      closedAt: z.string().nullable(),
    }),
  ),
  /** The shared time axis: from the cycle's start to its close (or today). */
  timeline: z.object({ from: z.string(), to: z.string() }),
  miniSurveys: z.array(miniSurveyPointSchema),
  effort: z.object({
    weeks: z.array(weeklyEffortPointSchema),
    byCommitment: z.array(z.object({ commitmentId: z.string(), weeks: z.array(weeklyEffortPointSchema) })),
  }),
  selfVsOthers: z.object({
    /** The listening round the comparison comes from; null before one has closed. */
    roundId: z.string().nullable(),
    released: z.boolean(),
    behaviors: z.array(selfVsOthersRowSchema),
  }),
});
export type CycleProgress = z.infer<typeof cycleProgressSchema>;
export const cycleProgressAnswerSchema = z.object({ progress: cycleProgressSchema });

export const reviewCycleSchema = z.object({
  reflection: multiLineText(
    'The reflection',
    z
      .string({ message: 'Write your reflection on this cycle' })
      .trim()
      .min(10, { message: 'Write your reflection in a sentence or two (at least 10 characters)' })
      .max(4000, { message: 'Keep the reflection under 4000 characters' }),
  ),
});
export type ReviewCycleInput = z.infer<typeof reviewCycleSchema>;
