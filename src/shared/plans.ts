import { z } from 'zod';
import { isTimeZone } from './calendar';
import { deliverySchema } from './mail';
import { multiLineText, singleLineText } from './plain-text';

// Shapes of the Commit, Tell and Practice steps, shared by the server and the browser forms.

export const maxActiveCommitments = 3;
/** How far back the leader may still fill in a forgotten day. */
export const checkinDaysBack = 7;

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const clockTime = /^([01]\d|2[0-3]):[0-5]\d$/;

const text = (missing: string, min: number, max: number, tooLong: string) =>
  z.string({ message: missing }).trim().min(min, { message: missing }).max(max, { message: tooLong });
/** One part of the commitment sentence, or a subject line: read as one line in mail and pages. */
const line = (field: string, missing: string, min: number, max: number, tooLong: string) =>
  singleLineText(field, text(missing, min, max, tooLong));

export const commitmentSchema = z.object({
  situation: line(
    'The situation',
    'Say when: the situation that calls for the behavior',
    3,
    300,
    'Keep the situation under 300 characters',
  ),
  action: line(
    'The action',
    'Say what you will do that others can see or hear',
    3,
    300,
    'Keep the action under 300 characters',
  ),
  frequency: line(
    '"How often"',
    'Say how often, e.g. "in every one-to-one"',
    2,
    100,
    'Keep "how often" under 100 characters',
  ),
  noticedBy: line(
    '"How others would notice"',
    'Say how others would notice',
    3,
    300,
    'Keep "how others would notice" under 300 characters',
  ),
  sourceSuggestion: multiLineText(
    'The suggestion',
    z.string().trim().max(1000, { message: 'Keep the suggestion under 1000 characters' }),
  )
    .nullish()
    .transform((value) => (value ? value : null)),
});
export type CommitmentInput = z.infer<typeof commitmentSchema>;

/** The live check while typing: any field may still be empty. */
export const commitmentDraftSchema = z.object({
  situation: z.string().max(2000).default(''),
  action: z.string().max(2000).default(''),
  frequency: z.string().max(2000).default(''),
  noticedBy: z.string().max(2000).default(''),
});

export const commitmentFlagKinds = ['vague', 'unobservable', 'outside-control', 'micromanagement'] as const;
const commitmentFlagSchema = z.object({
  kind: z.enum(commitmentFlagKinds),
  reason: z.string(),
  betterExample: z.string(),
});
export type CommitmentFlag = z.infer<typeof commitmentFlagSchema>;
export const commitmentFlagsAnswerSchema = z.object({ flags: z.array(commitmentFlagSchema) });

const commitmentAnswerItemSchema = z.object({
  id: z.string(),
  cycleId: z.string(),
  situation: z.string(),
  action: z.string(),
  frequency: z.string(),
  noticedBy: z.string(),
  sourceSuggestion: z.string().nullable(),
  status: z.enum(['active', 'retired']),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The quality check's flags; saving is allowed anyway, the screen asks for a rewrite. */
  flags: z.array(commitmentFlagSchema),
});
export type Commitment = z.infer<typeof commitmentAnswerItemSchema>;
export const commitmentAnswerSchema = z.object({ commitment: commitmentAnswerItemSchema });
export const commitmentListSchema = z.object({ commitments: z.array(commitmentAnswerItemSchema) });

export const announcementSchema = z.object({
  subject: line('The subject', 'Write a subject line', 3, 200, 'Keep the subject under 200 characters'),
  body: multiLineText(
    'The message',
    text(
      'Write the message to your team (at least 20 characters)',
      20,
      5000,
      'Keep the message under 5000 characters',
    ),
  ),
  send: z.boolean({ message: 'Say whether to send it now' }),
});
export type AnnouncementInput = z.infer<typeof announcementSchema>;

const announcementAnswerItemSchema = z.object({
  id: z.string(),
  cycleId: z.string(),
  subject: z.string(),
  body: z.string(),
  sentAt: z.string().nullable(),
  recipientsCount: z.number(),
  createdAt: z.string(),
  /** Once told: who Feedforward emailed and whom the leader tells themselves; null for a draft. */
  delivery: deliverySchema.nullable(),
});
export type Announcement = z.infer<typeof announcementAnswerItemSchema>;
export const announcementAnswerSchema = z.object({ announcement: announcementAnswerItemSchema.nullable() });

const announcementDraftSchema = z.object({ subject: z.string(), body: z.string() });
export type AnnouncementDraft = z.infer<typeof announcementDraftSchema>;
export const announcementDraftAnswerSchema = z.object({ draft: announcementDraftSchema });

/** What sending (or saving) the announcement answers; `delivery` is null when only a draft was saved. */
export const announcementResultSchema = z.object({
  announcement: announcementAnswerItemSchema,
  delivery: deliverySchema.nullable(),
});
export type AnnouncementResult = z.infer<typeof announcementResultSchema>;

/** A real calendar day: 2026-02-30 looks right but is not one. */
function isCalendarDay(day: string): boolean {
  const midnight = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(midnight.getTime()) && midnight.toISOString().startsWith(day);
}

export const dayParamSchema = z
  .string()
  .regex(isoDay, { message: 'The day must look like 2026-03-29' })
  .refine(isCalendarDay, { message: 'The day must be a date on the calendar' });

export const checkinSchema = z.object({
  score: z
    .number({ message: 'Score your effort from 1 to 10' })
    .int({ message: 'Score your effort with a whole number from 1 to 10' })
    .min(1, { message: 'Score your effort from 1 to 10' })
    .max(10, { message: 'Score your effort from 1 to 10' }),
  note: multiLineText(
    'The note',
    z.string().trim().max(2000, { message: 'Keep the note under 2000 characters' }),
  )
    .nullish()
    .transform((value) => (value ? value : null)),
  /**
   * Offline sync: the key the device gave this check-in and when it was made there. A replay of
   * the same key changes nothing, and an older check-in never overwrites a newer one of that day.
   */
  syncKey: z.uuid({ message: 'The sync key must be a UUID' }).optional(),
  recordedAt: z.iso
    .datetime({
      offset: true,
      message: 'When it was recorded must be a date and time such as 2026-03-29T18:00:00Z',
    })
    .optional(),
});
export type CheckinInput = z.infer<typeof checkinSchema>;

/** saved: this write is what is stored; duplicate: this key was already stored; superseded: a later check-in of that day stays. */
const checkinSyncOutcomes = ['saved', 'duplicate', 'superseded'] as const;

export const checkinRangeSchema = z.object({
  from: dayParamSchema.optional(),
  to: dayParamSchema.optional(),
});

const checkinAnswerItemSchema = z.object({
  commitmentId: z.string(),
  day: z.string(),
  score: z.number(),
  /** Private to the leader: never emailed, never shown to anyone else. */
  note: z.string().nullable(),
});
export type Checkin = z.infer<typeof checkinAnswerItemSchema>;
export const checkinAnswerSchema = z.object({
  checkin: checkinAnswerItemSchema,
  sync: z.enum(checkinSyncOutcomes),
});

const weeklyEffortSchema = z.object({
  /** The Monday that starts the ISO week. */
  weekStart: z.string(),
  /** e.g. 2026-W09 */
  isoWeek: z.string(),
  /** Mean 1..10 effort over all behaviors that week; null for a week without check-ins. */
  average: z.number().nullable(),
  checkIns: z.number(),
});
export type WeeklyEffort = z.infer<typeof weeklyEffortSchema>;

/** `today` is the leader's own day (their reminder time zone, else UTC). */
export const checkinsViewSchema = z.object({
  today: z.string(),
  from: z.string(),
  to: z.string(),
  checkins: z.array(checkinAnswerItemSchema),
  dailyEffortByWeek: z.array(weeklyEffortSchema),
});
export type CheckinsView = z.infer<typeof checkinsViewSchema>;

export const dailyReminderSchema = z.object({
  enabled: z.boolean({ message: 'Say whether to send the daily reminder' }),
  time: z.string({ message: 'Choose a time' }).regex(clockTime, { message: 'The time must look like 08:30' }),
  timeZone: z
    .string({ message: 'Choose your time zone' })
    .min(1, { message: 'Choose your time zone' })
    .refine(isTimeZone, { message: 'Choose a time zone from the list, e.g. Europe/Berlin' }),
  /** Channels (decision 0049): email unless said otherwise, push to the leader's devices when asked. */
  byEmail: z.boolean({ message: 'Say whether to send the reminder by email' }).optional(),
  byPush: z.boolean({ message: 'Say whether to send the reminder as a notification' }).optional(),
});
export type DailyReminderInput = z.infer<typeof dailyReminderSchema>;

export type DailyReminder = Omit<DailyReminderInput, 'byEmail' | 'byPush'> & {
  byEmail: boolean;
  byPush: boolean;
  /** When the next reminder email goes out, or null when it is off. */
  nextAt: string | null;
};

/** The reminder as the API answers it: a time zone it no longer knows is still shown, so no refine. */
export const dailyReminderAnswerSchema = z.object({
  dailyReminder: z.object({
    enabled: z.boolean(),
    time: z.string(),
    timeZone: z.string(),
    byEmail: z.boolean(),
    byPush: z.boolean(),
    nextAt: z.string().nullable(),
  }),
});
