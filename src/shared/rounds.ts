import { z } from 'zod';
import { competencyAnswerSchema } from './cycles';
import { changeSummarySchema } from './follow-up';
import { localeSchema } from './i18n/locale-schema';
import { multiLineText } from './plain-text';
import { questionSchema, relationshipGroupSchema } from './questions';
import { roundKinds } from './round-kinds';
import { roundResultsSchema } from './round-results';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

export const openRoundSchema = z.object({
  kind: z.enum(roundKinds, { message: 'Choose the kind of round: listening, pulse or mini_survey' }),
  intro: multiLineText(
    'The message',
    z
      .string({ message: 'Write a short message to your stakeholders' })
      .trim()
      .min(10, { message: 'Write a short message to your stakeholders (at least 10 characters)' })
      .max(2000, { message: 'Keep the message under 2000 characters' }),
  ),
  closesOn: z
    .string({ message: 'Choose a closing date' })
    .regex(isoDay, { message: 'Closing date must be a date' }),
  stakeholderIds: z
    .array(z.string().min(1), { message: 'Choose who to ask' })
    .min(1, { message: 'Choose at least one stakeholder to ask' })
    .max(50, { message: 'A round can ask at most 50 people' }),
  /** The language the questions and mails are in; the workspace's default when left out. */
  language: localeSchema.optional(),
});
export type OpenRoundInput = z.infer<typeof openRoundSchema>;

export const addToRoundSchema = z.object({
  stakeholderId: z.string().min(1, { message: 'Choose a stakeholder' }),
});

export const thankYouSchema = z.object({
  message: multiLineText(
    'The note',
    z
      .string({ message: 'Write your thank-you note' })
      .trim()
      .min(10, { message: 'Write your thank-you note (at least 10 characters)' })
      .max(2000, { message: 'Keep the note under 2000 characters' }),
  ),
});

/** What a stakeholder sends: answers keyed by question id, and the manager's choice to be named. */
export const submitAnswersSchema = z.object({
  answers: z.record(
    z.string(),
    z.union([z.number(), multiLineText('An answer', z.string().max(4000)), z.null()]),
  ),
  showMyName: z.boolean().optional(),
});
export type SubmitAnswersInput = z.infer<typeof submitAnswersSchema>;

export const feedforwardHintSchema = z.object({
  text: z.string().max(4000, { message: 'Keep the suggestion under 4000 characters' }),
});

/*
 * The answers of the round routes, as the OpenAPI document and the web client read them.
 */

/**
 * A person the leader passes a link to by hand (no email, or no mail server), with the link of their
 * relationship group: the same for everyone of that group, so it never says who answered (decision 0019).
 */
const invitationLinkSchema = z.object({
  stakeholderId: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  relationshipGroup: relationshipGroupSchema,
  url: z.string(),
});
export type InvitationLink = z.infer<typeof invitationLinkSchema>;

/** What the leader needs to write each person a ready message: the round, and the links to hand out. */
export const linksToHandOutSchema = z.object({
  roundId: z.string(),
  leaderName: z.string(),
  kind: z.enum(roundKinds),
  closesOn: z.string(),
  anonymityK: z.number(),
  /** "About two minutes", from the round's own questions. */
  answeringTime: z.string(),
  /** The same in whole minutes, for the ready messages, which are written in the round's language. */
  minutesToAnswer: z.number().int().positive(),
  /** The round's language (decision 0044): the ready messages speak it, as its mails do. */
  language: localeSchema,
  links: z.array(invitationLinkSchema),
});
export type LinksToHandOut = z.infer<typeof linksToHandOutSchema>;

/** A round opened: `emailed` counts the people Feedforward emailed their link; `links` are for everyone else. */
export const openedRoundSchema = linksToHandOutSchema.extend({ emailed: z.number() });
export type OpenedRound = z.infer<typeof openedRoundSchema>;

/** In an organization whose admins approve each list, asking opens nothing yet (202). */
export const waitingForApprovalSchema = z.object({
  roundId: z.null(),
  waitingForApproval: z.literal(true),
});

/** Someone added to an open round: their link to hand out, or null when they were emailed it. */
export const addedToRoundSchema = linksToHandOutSchema.extend({ link: invitationLinkSchema.nullable() });

/** An idea two or more suggestions share: a phrase as one of them wrote it, and those suggestions. */
const themeSchema = z.object({ label: z.string(), suggestions: z.array(z.string()) });
export type Theme = z.infer<typeof themeSchema>;

const roundDetailSchema = z.object({
  id: z.string(),
  cycleId: z.string(),
  kind: z.enum(roundKinds),
  status: z.enum(['open', 'closed']),
  intro: z.string(),
  openedAt: z.string(),
  closesOn: z.string(),
  closedAt: z.string().nullable(),
  thankedAt: z.string().nullable(),
  anonymityK: z.number(),
  invitedCount: z.number(),
  /** The language its questions and mails are in (decision 0044). */
  language: localeSchema,
  questions: z.array(questionSchema),
});
export type RoundDetail = z.infer<typeof roundDetailSchema>;

/** A round with its progress and, once the k rules release them, its results. */
export const roundViewSchema = z.object({
  round: roundDetailSchema,
  competency: competencyAnswerSchema,
  baseline: z.record(z.string(), z.number()),
  results: roundResultsSchema,
  /** Null when the analysis ran out of time; empty when no idea came up in more than one suggestion. */
  themes: z.array(themeSchema).nullable(),
  /** Mini-surveys only: the headline per commitment, once released; empty otherwise. */
  changeSummaries: z.array(changeSummarySchema),
});
export type RoundView = z.infer<typeof roundViewSchema>;
