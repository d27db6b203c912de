import { z } from 'zod';
import { localeSchema } from './i18n/locale-schema';
import { multiLineText } from './plain-text';
import type { RelationshipGroup } from './questions';
import { type RoundKind, roundKinds } from './round-kinds';

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

/**
 * A person the leader passes a link to by hand (no email, or no mail server), with the link of their
 * relationship group: the same for everyone of that group, so it never says who answered (decision 0019).
 */
export type InvitationLink = {
  stakeholderId: string;
  name: string;
  email: string | null;
  relationshipGroup: RelationshipGroup;
  url: string;
};

/** What the leader needs to write each person a ready message: the round, and the links to hand out. */
export type LinksToHandOut = {
  roundId: string;
  leaderName: string;
  kind: RoundKind;
  closesOn: string;
  anonymityK: number;
  /** "About two minutes", from the round's own questions. */
  answeringTime: string;
  links: InvitationLink[];
};

export type { RelationshipGroup };
