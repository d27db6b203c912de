import { z } from 'zod';
import { cycleStages } from './cycles';
import { miniSurveyIntervalLimits } from './follow-up';
import { singleLineText } from './plain-text';

// Programs (decision 0042): a cohort of leaders an organization runs, and what its admins may see.

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const clockTime = /^([01]\d|2[0-3]):[0-5]\d$/;

const day = (what: string) =>
  z
    .string({ message: `${what} is required` })
    .regex(isoDay, { message: `${what} must be a date like 2026-03-01` });

export const programCadenceSchema = z.object({
  checkInIntervalDays: z
    .number({ message: 'Choose how many days apart check-ins should be' })
    .int({ message: 'Check-in interval must be a whole number of days' })
    .min(7, { message: 'Ask for a check-in at most every 7 days' })
    .max(90, { message: 'Ask for a check-in at least every 90 days' }),
  miniSurveyIntervalDays: z
    .number({ message: 'Choose how many days apart mini-surveys should be' })
    .int({ message: 'Mini-survey interval must be a whole number of days' })
    .min(miniSurveyIntervalLimits.min, { message: 'Ask for a mini-survey at most every 30 days' })
    .max(miniSurveyIntervalLimits.max, { message: 'Ask for a mini-survey at least every 180 days' }),
  /** The daily practice reminder new cycles start with, at this local time; null starts them without. */
  dailyReminderTime: z
    .string()
    .regex(clockTime, { message: 'The reminder time must look like 08:30' })
    .nullable(),
});

export const programInputSchema = z
  .object({
    name: singleLineText(
      'Name',
      z
        .string({ message: 'Name is required' })
        .trim()
        .min(2, { message: 'Name must be at least 2 characters' })
        .max(100, { message: 'Name must be at most 100 characters' }),
    ),
    startsOn: day('Start date'),
    endsOn: day('End date'),
    coachAccountId: z.string().min(1).max(100).nullable(),
    cadence: programCadenceSchema,
  })
  .refine((input) => input.endsOn > input.startsOn, {
    message: 'The end date must come after the start date',
    path: ['endsOn'],
  });
export type ProgramInput = z.infer<typeof programInputSchema>;

/** A pasted list or CSV: one person a line, "name, email" or just an email. */
export const enrollLeadersSchema = z.object({
  text: z
    .string({ message: 'Paste at least one email address' })
    .trim()
    .min(3, { message: 'Paste at least one email address' })
    .max(100_000, { message: 'Paste at most 100,000 characters at once' }),
});

export const acceptProgramInvitationSchema = z.object({
  token: z.string().min(16, { message: 'This invitation link is incomplete' }).max(200),
});

const programSummarySchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  name: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  coach: z.object({ accountId: z.string(), name: z.string() }).nullable(),
  cadence: programCadenceSchema,
  enrolled: z.number(),
  invited: z.number(),
});
export type ProgramSummary = z.infer<typeof programSummarySchema>;
export const programListSchema = z.object({ programs: z.array(programSummarySchema) });

const enrollmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  status: z.enum(['invited', 'enrolled', 'removed']),
  invitedAt: z.string(),
  expired: z.boolean(),
});
export type Enrollment = z.infer<typeof enrollmentSchema>;
export const programAnswerSchema = z.object({
  program: programSummarySchema,
  enrollments: z.array(enrollmentSchema),
});
export type ProgramDetail = z.infer<typeof programAnswerSchema>;
export const programCreatedSchema = z.object({ id: z.string() });

/** Links are answered only when nothing was emailed: the admin passes them on by hand. */
export const leadersEnrolledSchema = z.object({
  invited: z.array(z.object({ name: z.string(), email: z.string() })),
  skipped: z.array(z.object({ line: z.number(), text: z.string(), reason: z.string() })),
  delivery: z.enum(['email', 'held']),
  links: z.array(z.object({ name: z.string(), email: z.string(), link: z.string() })),
});
export type LeadersEnrolled = z.infer<typeof leadersEnrolledSchema>;

export const programInvitationAcceptedSchema = z.object({ workspaceId: z.string(), programId: z.string() });

/** The programs a leader takes part in, to start a cycle inside one. */
export const myProgramsSchema = z.object({
  programs: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      startsOn: z.string(),
      endsOn: z.string(),
      cycleId: z.string().nullable(),
    }),
  ),
});

export const insightFilterSchema = z
  .object({
    group: z.string().max(2000).optional(),
    from: day('From').optional(),
    to: day('To').optional(),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, {
    message: '"From" must not come after "To"',
    path: ['to'],
  });
export type InsightFilter = z.infer<typeof insightFilterSchema>;

export const changeBins = [
  { key: 'worse', label: 'Less effective (below 0)' },
  { key: 'same', label: 'No change (0 to under +1)' },
  { key: 'better', label: 'More effective (+1 to under +2)' },
  { key: 'much_better', label: 'Much more effective (+2 or more)' },
] as const;

const notEnough = z.object({ shown: z.literal(false) });
const figure = <T extends z.ZodRawShape>(shape: T) =>
  z.discriminatedUnion('shown', [
    notEnough,
    z.object({ shown: z.literal(true), leaders: z.number(), ...shape }),
  ]);

export const programInsightSchema = z.object({
  k: z.number(),
  /** The groups of at least k leaders every figure is built from (decision 0042). */
  groups: z.array(z.object({ key: z.string(), label: z.string() })),
  /** Groups the date range cut in two, so left out whole. */
  groupsLeftOut: z.number(),
  participation: z.object({ invited: z.number(), enrolled: z.number(), removed: z.number() }),
  funnel: figure({ stages: z.array(z.object({ stage: z.enum(cycleStages), reached: z.number() })) }),
  followUpRate: figure({ share: z.number() }),
  changeByGroup: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      figure: figure({
        mean: z.number(),
        bins: z.array(z.object({ key: z.string(), label: z.string(), count: z.number() })),
      }),
    }),
  ),
  followUpVsChange: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      figure: figure({ followUp: z.number(), change: z.number() }),
    }),
  ),
});
export type ProgramInsight = z.infer<typeof programInsightSchema>;
export const programInsightAnswerSchema = z.object({ insight: programInsightSchema });
