import { z } from 'zod';
import type { Competency } from './framework';
import { multiLineText } from './plain-text';

/** A perceived-change figure on the -3..+3 scale, shown only when at least k people rated. */
export type ChangeFigure = {
  /** Ratings behind the figure ("not enough contact to judge" never counts). */
  n: number;
  mean: number;
  /** Share (0..1) of ratings at +1 or better. */
  shareImproved: number;
  /** The mark of real progress: a net (mean) score above +1. */
  realProgress: boolean;
};

/** One released (or withheld) mini-survey round of the cycle, placed on the time axis by `date`. */
export type MiniSurveyPoint = {
  roundId: string;
  openedAt: string;
  closesOn: string;
  closedAt: string | null;
  /** YYYY-MM-DD the results belong to: the closing day. */
  date: string;
  /** False when the round closed with fewer than k answers: no figure of it is ever shown. */
  released: boolean;
  responseCount: number;
  /** Pooled over the commitments' released figures only; null when none of them could be shown. */
  overall: ChangeFigure | null;
  /** One per commitment the round asked about; figure null when fewer than k people rated it. */
  byCommitment: { commitmentId: string; figure: ChangeFigure | null }[];
};

export type WeeklyEffortPoint = {
  /** Monday of the ISO week, YYYY-MM-DD. */
  weekStart: string;
  isoWeek: string;
  /** Mean 1..10 daily effort of the week's check-ins; null for a week without any. */
  average: number | null;
  checkIns: number;
};

/** The leader's own rating before listening next to what others said, per behavior. */
export type SelfVsOthersRow = {
  behaviorKey: string;
  behaviorText: string;
  /** The leader's 1..5 self-rating, or null when they skipped it. */
  self: number | null;
  /** Released mean of others' 1..5 ratings; null when hidden (fewer than k rated) or not released. */
  others: { n: number; mean: number } | null;
};

export type CycleProgress = {
  cycle: {
    id: string;
    goal: string;
    problem: string;
    stage: string;
    createdAt: string;
    closedAt: string | null;
    reflection: string | null;
  };
  competency: Competency;
  commitments: { id: string; situation: string; action: string; status: 'active' | 'retired' }[];
  /** Every round of the cycle, for the report's time line. */
  rounds: {
    id: string;
    kind: string;
    status: 'open' | 'closed';
    openedAt: string;
    closesOn: string;
    closedAt: string | null;
  }[];
  /** The shared time axis: from the cycle's start to its close (or today). */
  timeline: { from: string; to: string };
  miniSurveys: MiniSurveyPoint[];
  effort: {
    weeks: WeeklyEffortPoint[];
    byCommitment: { commitmentId: string; weeks: WeeklyEffortPoint[] }[];
  };
  selfVsOthers: {
    /** The listening round the comparison comes from; null before one has closed. */
    roundId: string | null;
    released: boolean;
    behaviors: SelfVsOthersRow[];
  };
};

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
