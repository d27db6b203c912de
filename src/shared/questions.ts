// zod/mini, not zod: the stakeholder's answer page parses its questions with these schemas and must
// stay small on a phone's connection (decision 0035). Server code mixes them into zod schemas freely.
import { z } from 'zod/mini';

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

const someText = z.string().check(z.minLength(1));

/**
 * A question as snapshotted into a round when it opens. Rating questions cover the listening
 * round's 1..5 behavior ratings and the mini-survey's -3..+3 change scale; `unknownLabel`
 * names the "don't know" / "not enough contact to judge" answer, stored as null.
 */
export const ratingQuestionSchema = z.object({
  id: someText,
  kind: z.literal('rating'),
  prompt: someText,
  min: z.int(),
  max: z.int(),
  minLabel: z.string(),
  maxLabel: z.string(),
  unknownLabel: z.nullable(z.string()),
  /** The framework behavior or commitment this question rates, when it rates one. */
  subject: z.nullable(z.string()),
});

export const textQuestionSchema = z.object({
  id: someText,
  kind: z.literal('text'),
  prompt: someText,
  maxLength: z.int().check(z.positive()),
  required: z.boolean(),
  /** Feedforward questions get the future-focus hint while the stakeholder types. */
  feedforward: z.boolean(),
});

export const choiceQuestionSchema = z.object({
  id: someText,
  kind: z.literal('choice'),
  prompt: someText,
  options: z.array(z.object({ value: someText, label: someText })).check(z.minLength(2)),
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
