import { z } from 'zod';
import { problemSchema } from './cycles';

export const reframeRequestSchema = z.object({ problem: problemSchema });

export type SuggestedCompetency = {
  key: string;
  name: string;
  description: string;
  score: number;
  /** The leader's own words that led to this suggestion, as they wrote them. */
  matchedWords: string[];
};

export type ReframeSuggestion = {
  /** false when the analysis ran out of time: nothing is suggested, and the page says so. */
  available: boolean;
  /** 'others' when the problem is told mostly as what other people do. */
  focus: 'others' | 'self' | 'mixed';
  /** 0..1: how much of the statement is about other people or circumstances. */
  othersShare: number;
  /** A question about the leader's own part, only when the focus is on others. */
  question: string | null;
  /** Best match first, at most five, only those sharing words with the problem and not far behind the best. */
  competencies: SuggestedCompetency[];
};
