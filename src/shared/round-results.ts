import { z } from 'zod';
import { type Question, type RelationshipGroup, relationshipGroupSchema } from './questions';

/**
 * What a round's release rules let through to the leader (the rules are the rounds module's
 * release.models.ts): the browser parses the round's answer with these schemas and shows exactly
 * what the server computed.
 */

const ratingCountSchema = z.object({ value: z.number(), count: z.number() });
export type RatingCount = z.infer<typeof ratingCountSchema>;

/** One figure of a breakdown by relationship group: a single group, or "Others" merged. */
export type DisplayedGroup = {
  label: string;
  groups: RelationshipGroup[];
  count: number;
};

const choiceCountSchema = z.object({ value: z.string(), label: z.string(), count: z.number() });

const choiceResultSchema = z.object({
  questionId: z.string(),
  prompt: z.string(),
  /** Null when fewer than k people chose one of the options. */
  figure: z.object({ n: z.number(), options: z.array(choiceCountSchema) }).nullable(),
});
export type ChoiceResult = z.infer<typeof choiceResultSchema>;

/** A figure shown for one rating question, over at least k people who actually rated it. */
const ratingFigureSchema = z.object({
  n: z.number(),
  mean: z.number(),
  distribution: z.array(ratingCountSchema),
  /** On change scales (below and above 0, e.g. -3..+3): share (0..1) at +1 or better; otherwise null. */
  shareImproved: z.number().nullable(),
});
export type RatingFigure = z.infer<typeof ratingFigureSchema>;

/**
 * A group's figure carries no count and no distribution: how many in a group rated would tell,
 * question by question, how many of the people the leader knows are in it answered or said
 * "don't know". The mean and share are rounded to one decimal so they do not spell out the count
 * as a denominator either (4.333… can only come from 3, 6 or 9 people).
 */
const groupFigureSchema = z.object({
  mean: z.number(),
  shareImproved: z.number().nullable(),
});
export type GroupFigure = z.infer<typeof groupFigureSchema>;

const groupRatingFigureSchema = z.object({
  label: z.string(),
  groups: z.array(relationshipGroupSchema),
  figure: groupFigureSchema,
});

const ratingResultSchema = z.object({
  questionId: z.string(),
  prompt: z.string(),
  subject: z.string().nullable(),
  min: z.number(),
  max: z.number(),
  /** Null when fewer than k people rated the question. */
  overall: ratingFigureSchema.nullable(),
  /** The round's breakdown, or empty when any of its groups has fewer than k raters here. */
  byGroup: z.array(groupRatingFigureSchema),
});
export type RatingResult = z.infer<typeof ratingResultSchema>;

/** The free-text answers to one question: no group, no time, no order, no link to any rating. */
const textResultSchema = z.object({
  questionId: z.string(),
  prompt: z.string(),
  answers: z.array(z.string()),
});
export type TextResult = z.infer<typeof textResultSchema>;

/**
 * One answer of a manager who chose to be shown by name: a rating (null = don't know),
 * a text, or the chosen option's label; null when left unanswered.
 */
const namedAnswerSchema = z.object({
  questionId: z.string(),
  kind: z.enum(['rating', 'text', 'choice']) satisfies z.ZodType<Question['kind']>,
  prompt: z.string(),
  answer: z.union([z.number(), z.string(), z.null()]),
});

/** A named manager's whole response, shown on its own and labeled as the manager's. */
const namedManagerResponseSchema = z.object({ answers: z.array(namedAnswerSchema) });
export type NamedManagerResponse = z.infer<typeof namedManagerResponseSchema>;

/**
 * 'open': the leader sees only how many responses have arrived.
 * 'too-few': closed with fewer than k responses besides any named manager's, so nothing is ever shown.
 */
const resultsWithheldSchema = z.object({
  released: z.literal(false),
  reason: z.enum(['open', 'too-few']),
  responseCount: z.number(),
  k: z.number(),
});

const releasedResultsSchema = z.object({
  released: z.literal(true),
  /** Every response, a named manager's included. */
  responseCount: z.number(),
  ratings: z.array(ratingResultSchema),
  texts: z.array(textResultSchema),
  choices: z.array(choiceResultSchema),
  /** Responses whose author chose to be shown by name, kept out of every figure above; null when none. */
  namedManager: z.array(namedManagerResponseSchema).nullable(),
});
export type ReleasedResults = z.infer<typeof releasedResultsSchema>;

export const roundResultsSchema = z.discriminatedUnion('released', [
  resultsWithheldSchema,
  releasedResultsSchema,
]);
export type RoundResults = z.infer<typeof roundResultsSchema>;
