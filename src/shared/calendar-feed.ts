import { z } from 'zod';

/** The leader's calendar feed as the settings screen sees it: whether one exists, never its URL. */
export const calendarFeedStatusSchema = z.object({
  feed: z.object({ createdAt: z.string() }).nullable(),
});
export type CalendarFeedStatus = z.infer<typeof calendarFeedStatusSchema>;

/** Answer to making (or remaking) the feed: its secret URL, shown this once. */
export const createdCalendarFeedSchema = z.object({ url: z.string(), createdAt: z.string() });
export type CreatedCalendarFeed = z.infer<typeof createdCalendarFeedSchema>;

/** The dates one cycle can offer as a single "add to calendar" file. */
export const calendarDateKinds = [
  'daily-question',
  'monthly-check-in',
  'mini-survey',
  'round-closing',
] as const;
export const calendarDateParamsSchema = z.object({
  cycleId: z.string(),
  kind: z.enum(calendarDateKinds, {
    message: 'Date must be daily-question, monthly-check-in, mini-survey or round-closing',
  }),
});
export type CalendarDateKind = (typeof calendarDateKinds)[number];
