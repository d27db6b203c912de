import { z } from 'zod';
import { emailSchema } from './accounts';
import { cycleStages } from './cycles';
import { multiLineText } from './plain-text';

// Coaching with consent (issue 12, decision 0043): what a leader and their coach send and receive.

export const inviteCoachSchema = z.object({ email: emailSchema });

export const acceptCoachingSchema = z.object({
  token: z.string().min(16, { message: 'This invitation link is incomplete' }).max(200),
});

export const coachingCommentSchema = z.object({
  body: multiLineText(
    'Comment',
    z
      .string({ message: 'Comment is required' })
      .trim()
      .min(1, { message: 'Comment is required' })
      .max(2000, { message: 'Comment must be at most 2000 characters' }),
  ),
});

export const sharedItemKinds = ['reflection', 'relationship_note', 'checkin_note'] as const;
export const sharedItemKindSchema = z.enum(sharedItemKinds, {
  message: 'Kind must be reflection, relationship_note or checkin_note',
});

/** One private item by its kind and reference: a cycle id, a stakeholder id, or "commitmentId:YYYY-MM-DD". */
export const shareItemSchema = z.object({
  kind: sharedItemKindSchema,
  ref: z
    .string({ message: 'Choose the item to share' })
    .min(1, { message: 'Choose the item to share' })
    .max(100, { message: 'Choose the item to share' }),
});
export type ShareItemInput = z.infer<typeof shareItemSchema>;

const coachingStatusSchema = z.enum(['invited', 'active', 'declined', 'revoked']);

/** One coach as the leader sees them. */
const leadersCoachSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  workspaceName: z.string(),
  coachEmail: z.string(),
  coachName: z.string().nullable(),
  status: coachingStatusSchema,
  invitedAt: z.string(),
  acceptedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
});
export type LeadersCoach = z.infer<typeof leadersCoachSchema>;
export const leadersCoachListSchema = z.object({ coaches: z.array(leadersCoachSchema) });

/** Without SMTP nothing is mailed: the leader gets the link to pass on themselves. */
export const coachInvitedSchema = z.discriminatedUnion('delivery', [
  z.object({ delivery: z.literal('email'), coaching: leadersCoachSchema }),
  z.object({ delivery: z.literal('link'), coaching: leadersCoachSchema, link: z.string() }),
]);
export type CoachInvited = z.infer<typeof coachInvitedSchema>;

export const coachingAcceptedSchema = z.object({ coachingId: z.string() });

const commentSchema = z.object({
  id: z.string(),
  author: z.enum(['coach', 'leader']),
  body: z.string(),
  createdAt: z.string(),
});
export type CoachingComment = z.infer<typeof commentSchema>;
export const commentListSchema = z.object({ comments: z.array(commentSchema) });
export const commentAnswerSchema = z.object({ comment: commentSchema });

const sharedItemSchema = z.object({
  id: z.string(),
  kind: sharedItemKindSchema,
  ref: z.string(),
  /** What the item is about: a cycle's goal, a relationship group, a commitment and a day. */
  label: z.string(),
  text: z.string(),
});
export type SharedItem = z.infer<typeof sharedItemSchema>;

/** A private item the leader could share, and whether it is shared with this coach now. */
const shareableItemSchema = z.object({
  kind: sharedItemKindSchema,
  ref: z.string(),
  label: z.string(),
  text: z.string(),
  shareId: z.string().nullable(),
});
export type ShareableItem = z.infer<typeof shareableItemSchema>;
export const shareableListSchema = z.object({ items: z.array(shareableItemSchema) });
export const shareAnswerSchema = z.object({ shareId: z.string() });

const attentionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('round_closing_below_k'), cycleId: z.string(), closesAt: z.string() }),
  z.object({
    kind: z.literal('no_checkin_two_weeks'),
    cycleId: z.string(),
    lastCheckinOn: z.string().nullable(),
  }),
  z.object({ kind: z.literal('mini_survey_due'), cycleId: z.string(), dueOn: z.string().nullable() }),
]);
export type Attention = z.infer<typeof attentionSchema>;

const coacheeSummarySchema = z.object({
  coachingId: z.string(),
  leaderName: z.string(),
  workspaceName: z.string(),
  cycles: z.array(z.object({ id: z.string(), goal: z.string(), stage: z.enum(cycleStages) })),
  attention: z.array(attentionSchema),
});
export type CoacheeSummary = z.infer<typeof coacheeSummarySchema>;
export const coachDashboardSchema = z.object({ coachees: z.array(coacheeSummarySchema) });

const groupFigureSchema = z.object({
  label: z.string(),
  mean: z.number(),
  shareImproved: z.number().nullable(),
});

/** A released round's figures only: no free text, no named answer, nothing below k. */
const coachRoundSchema = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(['open', 'closed']),
  openedAt: z.string(),
  closesOn: z.string(),
  closedAt: z.string().nullable(),
  results: z.discriminatedUnion('released', [
    z.object({
      released: z.literal(false),
      /** open, too-few (closed below k), or asked-you (the coach was asked in it, so sees nothing of it). */
      reason: z.enum(['open', 'too-few', 'asked-you']),
    }),
    z.object({
      released: z.literal(true),
      ratings: z.array(
        z.object({
          questionId: z.string(),
          prompt: z.string(),
          min: z.number(),
          max: z.number(),
          overall: z
            .object({ n: z.number(), mean: z.number(), shareImproved: z.number().nullable() })
            .nullable(),
          byGroup: z.array(groupFigureSchema),
        }),
      ),
    }),
  ]),
});
export type CoachRound = z.infer<typeof coachRoundSchema>;

const practiceSchema = z.object({
  currentStreak: z.number(),
  longestStreak: z.number(),
  checkinDaysLast14: z.number(),
  lastCheckinOn: z.string().nullable(),
});
export type PracticeStreaks = z.infer<typeof practiceSchema>;

const coacheeCycleSchema = z.object({
  id: z.string(),
  goal: z.string(),
  stage: z.enum(cycleStages),
  competency: z.string(),
  closedAt: z.string().nullable(),
  commitments: z.array(
    z.object({
      id: z.string(),
      situation: z.string(),
      action: z.string(),
      frequency: z.string(),
      status: z.enum(['active', 'retired']),
    }),
  ),
  rounds: z.array(coachRoundSchema),
  followUp: z.object({
    nextCheckInOn: z.string().nullable(),
    nextMiniSurveyOn: z.string().nullable(),
    miniSurveyDue: z.boolean(),
    followUpRoundsClosed: z.number(),
  }),
  practice: practiceSchema,
});
export type CoacheeCycle = z.infer<typeof coacheeCycleSchema>;

export const coacheeViewSchema = z.object({
  coachee: z.object({
    coachingId: z.string(),
    leaderName: z.string(),
    workspaceName: z.string(),
    cycles: z.array(coacheeCycleSchema),
    shared: z.array(sharedItemSchema),
    attention: z.array(attentionSchema),
  }),
});
export type CoacheeView = z.infer<typeof coacheeViewSchema>['coachee'];

/** A program's assigned coach (decision 0042), offered to an enrolled leader who has not given them access. */
const programCoachOfferSchema = z.object({
  programId: z.string(),
  programName: z.string(),
  coachName: z.string(),
  coachEmail: z.string(),
});
export type ProgramCoachOffer = z.infer<typeof programCoachOfferSchema>;
export const programCoachOffersSchema = z.object({ offers: z.array(programCoachOfferSchema) });
export const programCoachAcceptedSchema = z.object({ coaching: leadersCoachSchema });
