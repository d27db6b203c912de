import { z } from 'zod';
import { isTimeZone } from './calendar';
import type { Delivery } from './mail';
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
export type CommitmentFlag = {
  kind: (typeof commitmentFlagKinds)[number];
  reason: string;
  betterExample: string;
};

export type Commitment = {
  id: string;
  cycleId: string;
  situation: string;
  action: string;
  frequency: string;
  noticedBy: string;
  sourceSuggestion: string | null;
  status: 'active' | 'retired';
  createdAt: string;
  updatedAt: string;
  /** The quality check's flags; saving is allowed anyway, the screen asks for a rewrite. */
  flags: CommitmentFlag[];
};

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

export type Announcement = {
  id: string;
  cycleId: string;
  subject: string;
  body: string;
  sentAt: string | null;
  recipientsCount: number;
  createdAt: string;
  /** Once told: who Feedforward emailed and whom the leader tells themselves; null for a draft. */
  delivery: Delivery | null;
};

export type AnnouncementDraft = { subject: string; body: string };

/** What sending (or saving) the announcement answers; `delivery` is null when only a draft was saved. */
export type AnnouncementResult = { announcement: Announcement; delivery: Delivery | null };

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
});
export type CheckinInput = z.infer<typeof checkinSchema>;

export const checkinRangeSchema = z.object({
  from: dayParamSchema.optional(),
  to: dayParamSchema.optional(),
});

export type Checkin = {
  commitmentId: string;
  day: string;
  score: number;
  /** Private to the leader: never emailed, never shown to anyone else. */
  note: string | null;
};

export type WeeklyEffort = {
  /** The Monday that starts the ISO week. */
  weekStart: string;
  /** e.g. 2026-W09 */
  isoWeek: string;
  /** Mean 1..10 effort over all behaviors that week; null for a week without check-ins. */
  average: number | null;
  checkIns: number;
};

/** `today` is the leader's own day (their reminder time zone, else UTC). */
export type CheckinsView = {
  today: string;
  from: string;
  to: string;
  checkins: Checkin[];
  dailyEffortByWeek: WeeklyEffort[];
};

export const dailyReminderSchema = z.object({
  enabled: z.boolean({ message: 'Say whether to send the daily reminder' }),
  time: z.string({ message: 'Choose a time' }).regex(clockTime, { message: 'The time must look like 08:30' }),
  timeZone: z
    .string({ message: 'Choose your time zone' })
    .min(1, { message: 'Choose your time zone' })
    .refine(isTimeZone, { message: 'Choose a time zone from the list, e.g. Europe/Berlin' }),
});
export type DailyReminderInput = z.infer<typeof dailyReminderSchema>;

export type DailyReminder = DailyReminderInput & {
  /** When the next reminder email goes out, or null when it is off. */
  nextAt: string | null;
};
