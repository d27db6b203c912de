import { z } from 'zod';

// Follow-up after the listening round: the monthly check-in (a pulse round) and the mini-survey.

export const miniSurveyIntervalLimits = { min: 30, max: 180 } as const;

export const followUpSettingsSchema = z.object({
  miniSurveyIntervalDays: z
    .number({ message: 'Choose how many days apart mini-surveys should be' })
    .int({ message: 'Mini-survey interval must be a whole number of days' })
    .min(miniSurveyIntervalLimits.min, { message: 'Ask for a mini-survey at most every 30 days' })
    .max(miniSurveyIntervalLimits.max, { message: 'Ask for a mini-survey at least every 180 days' }),
});
export type FollowUpSettingsInput = z.infer<typeof followUpSettingsSchema>;

/** What the cycle page needs to prompt the leader; dates are UTC days (YYYY-MM-DD). */
const followUpSchema = z.object({
  /** The monthly check-in is due and no round is open, so a pulse round can be opened now. */
  checkInDue: z.boolean(),
  /** Null until the listening round has closed. */
  nextCheckInOn: z.string().nullable(),
  /** Due, no round open, and at least one active commitment to ask about. */
  miniSurveyDue: z.boolean(),
  nextMiniSurveyOn: z.string().nullable(),
  miniSurveyIntervalDays: z.number(),
  roundOpen: z.boolean(),
  activeCommitments: z.number(),
  /** Whom the latest round asked: the default list for a pulse round or a mini-survey. */
  suggestedStakeholderIds: z.array(z.string()),
});
export type FollowUp = z.infer<typeof followUpSchema>;
export const followUpAnswerSchema = z.object({ followUp: followUpSchema });

/** The mini-survey's "how often has ‹leader› followed up with you about this?" answers. */
export const followUpFrequencyOptions = [
  { value: 'never', label: 'Never' },
  { value: 'once', label: 'Once' },
  { value: 'a_few_times', label: 'A few times' },
  { value: 'regularly', label: 'Regularly' },
] as const;

const followUpDistributionSchema = z.object({
  n: z.number(),
  options: z.array(z.object({ value: z.string(), label: z.string(), count: z.number() })),
});

const changeSummaryBase = {
  questionId: z.string(),
  /** The commitment's id. */
  subject: z.string().nullable(),
  followUpQuestionId: z.string().nullable(),
  followUp: followUpDistributionSchema.nullable(),
};

/**
 * One commitment's mini-survey headline in a released round. Hidden when fewer than k people
 * rated the change ("not enough contact" does not count); the follow-up distribution is null
 * below k on its own.
 */
export const changeSummarySchema = z.discriminatedUnion('hidden', [
  z.object({
    ...changeSummaryBase,
    hidden: z.literal(false),
    n: z.number(),
    mean: z.number(),
    /** Share (0..1) of raters at +1 or better. */
    shareImproved: z.number(),
    /** Mean above +1: the mark of real progress. */
    realProgress: z.boolean(),
  }),
  z.object({ ...changeSummaryBase, hidden: z.literal(true) }),
]);
export type ChangeSummary = z.infer<typeof changeSummarySchema>;
