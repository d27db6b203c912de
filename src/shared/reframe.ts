import { z } from 'zod';
import { problemSchema } from './cycles';

export const reframeRequestSchema = z.object({ problem: problemSchema });

const suggestedCompetencySchema = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  score: z.number(),
  /** The leader's own words that led to this suggestion, as they wrote them. */
  matchedWords: z.array(z.string()),
});

/** The answer of POST …/reframe, as the OpenAPI document and the web client read it. */
export const reframeSuggestionSchema = z.object({
  /** false when the analysis ran out of time: nothing is suggested, and the page says so. */
  available: z.boolean(),
  /** 'others' when the problem is told mostly as what other people do. */
  focus: z.enum(['others', 'self', 'mixed']),
  /** 0..1: how much of the statement is about other people or circumstances. */
  othersShare: z.number(),
  /** A question about the leader's own part, only when the focus is on others. */
  question: z.string().nullable(),
  /** Best match first, at most five, only those sharing words with the problem and not far behind the best. */
  competencies: z.array(suggestedCompetencySchema),
});
export type ReframeSuggestion = z.infer<typeof reframeSuggestionSchema>;
