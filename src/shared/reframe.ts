import { z } from 'zod';

/** The problem in the leader's own words: the first step of a cycle, and what the cycle keeps. */
export const problemSchema = z
  .string({ message: 'Describe the problem in your own words' })
  .trim()
  .min(10, { message: 'Describe the problem in a sentence or two (at least 10 characters)' })
  .max(4000, { message: 'Keep the problem under 4000 characters' });

export const reframeRequestSchema = z.object({ problem: problemSchema });
export type ReframeRequest = z.infer<typeof reframeRequestSchema>;

export type SuggestedCompetency = { key: string; name: string; description: string; score: number };

export type ReframeSuggestion = {
  /** 'others' when the problem is told mostly as what other people do. */
  focus: 'others' | 'self' | 'mixed';
  /** 0..1: how much of the statement is about other people or circumstances. */
  othersShare: number;
  /** A question about the leader's own part, only when the focus is on others. */
  question: string | null;
  /** Best match first, at most five, only those sharing words with the problem. */
  competencies: SuggestedCompetency[];
};
