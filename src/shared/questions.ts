import { z } from 'zod';

/** Who a stakeholder is to the leader; the only thing a response keeps about its author. */
export const relationshipGroups = ['direct_report', 'peer', 'manager', 'other'] as const;
export const relationshipGroupSchema = z.enum(relationshipGroups);
export type RelationshipGroup = z.infer<typeof relationshipGroupSchema>;

export const relationshipGroupLabels: Record<RelationshipGroup, string> = {
  direct_report: 'Direct report',
  peer: 'Peer',
  manager: 'Manager',
  other: 'Other',
};

/**
 * A question as snapshotted into a round when it opens. Rating questions cover the listening
 * round's 1..5 behavior ratings and the mini-survey's -3..+3 change scale; `unknownLabel`
 * names the "don't know" / "not enough contact to judge" answer, stored as null.
 */
export const ratingQuestionSchema = z.object({
  id: z.string().min(1),
  kind: z.literal('rating'),
  prompt: z.string().min(1),
  min: z.number().int(),
  max: z.number().int(),
  minLabel: z.string(),
  maxLabel: z.string(),
  unknownLabel: z.string().nullable(),
  /** The framework behavior or commitment this question rates, when it rates one. */
  subject: z.string().nullable(),
});

export const textQuestionSchema = z.object({
  id: z.string().min(1),
  kind: z.literal('text'),
  prompt: z.string().min(1),
  maxLength: z.number().int().positive(),
  required: z.boolean(),
  /** Feedforward questions get the future-focus hint while the stakeholder types. */
  feedforward: z.boolean(),
});

export const choiceQuestionSchema = z.object({
  id: z.string().min(1),
  kind: z.literal('choice'),
  prompt: z.string().min(1),
  options: z.array(z.object({ value: z.string().min(1), label: z.string().min(1) })).min(2),
});

export const questionSchema = z.discriminatedUnion('kind', [
  ratingQuestionSchema,
  textQuestionSchema,
  choiceQuestionSchema,
]);
export type RatingQuestion = z.infer<typeof ratingQuestionSchema>;
export type TextQuestion = z.infer<typeof textQuestionSchema>;
export type ChoiceQuestion = z.infer<typeof choiceQuestionSchema>;
export type Question = z.infer<typeof questionSchema>;

/** Answers keyed by question id: a rating (null = don't know), a text, or a choice value. */
export const answersSchema = z.record(z.string(), z.union([z.number(), z.string(), z.null()]));
export type Answers = z.infer<typeof answersSchema>;
