// zod/mini, not zod: the stakeholder's answer page parses these answers and must stay under its
// 100 kB budget on the wire (decision 0035); the full zod would weigh more than the page itself.
import { z } from 'zod/mini';
import { locales } from './i18n/locales';
import { questionSchema } from './questions';
import { roundKinds } from './round-kinds';

/** How the answer form's link reached the person: mailed to them alone, or shared by their group. */
const linkDeliverySchema = z.enum(['mailed', 'group']);
export type LinkDelivery = z.infer<typeof linkDeliverySchema>;

const answerPageSchema = z.object({
  leaderName: z.string(),
  kind: z.enum(roundKinds),
  intro: z.string(),
  goal: z.string(),
  closesOn: z.string(),
  /** The moment answers stop being taken (ISO), shown in the reader's own time zone. */
  closesAt: z.string(),
  questions: z.array(questionSchema),
  /** Only a stakeholder invited as the leader's manager may choose to be shown by name. */
  canBeNamed: z.boolean(),
  /** Results appear only when at least this many people have answered. */
  anonymityK: z.number(),
  delivery: linkDeliverySchema,
  /** The round's language (decision 0044): the page opens in it; the person may switch. */
  language: z.enum(locales),
});
export type AnswerPage = z.infer<typeof answerPageSchema>;

/** GET /api/answer. A link that cannot be used answers an error (409, 410) instead. */
export const answerPageAnswerSchema = z.object({ page: answerPageSchema });

/** POST /api/answer: the thanks the page shows. */
export const answersSavedSchema = z.object({ message: z.string() });

const feedforwardHintSchema = z.object({
  kind: z.enum(['backward-looking', 'judgmental']),
  /** Why the suggestion may not land, in one friendly sentence. */
  message: z.string(),
  /** A future-focused phrasing to try, built from the stakeholder's words when possible. */
  suggestion: z.string(),
});
export type FeedforwardHint = z.infer<typeof feedforwardHintSchema>;

/** POST /api/answer/hint; `available: false` when the analysis ran over its time budget. */
export const hintAnswerSchema = z.object({
  hint: z.nullable(feedforwardHintSchema),
  available: z.boolean(),
});
export type HintAnswer = z.infer<typeof hintAnswerSchema>;
