import {
  calendarDateParamsSchema,
  calendarFeedStatusSchema,
  createdCalendarFeedSchema,
} from '../../../shared/calendar-feed';
import { noContent, type RouteGroupDoc } from '../../http/openapi/route-doc';

const calendarFile = { description: 'An iCalendar (RFC 5545) document.', contentType: 'text/calendar' };

export const calendarFeedRouteDocs: RouteGroupDoc = {
  name: 'Calendar',
  description:
    "A private iCalendar feed of the leader's own dates (daily question time, monthly check-in and mini-survey due dates, round closing days) and single-date files. Dates and links only: no names, behaviors, notes or answers.",
  routes: [
    {
      method: 'get',
      path: '/api/calendar-feed',
      summary: 'Whether the signed-in person has a calendar feed (its URL is shown only when made).',
      access: 'session',
      responses: { 200: { description: 'The feed, or null.', schema: calendarFeedStatusSchema } },
    },
    {
      method: 'post',
      path: '/api/calendar-feed',
      summary: 'Make a calendar feed, or a new one: the old URL stops working at once.',
      access: 'session',
      responses: {
        201: { description: 'The secret feed URL, shown this once.', schema: createdCalendarFeedSchema },
      },
    },
    {
      method: 'delete',
      path: '/api/calendar-feed',
      summary: 'Remove the calendar feed; its URL stops working.',
      access: 'session',
      responses: { 204: noContent },
    },
    {
      method: 'get',
      path: '/api/cycles/:cycleId/calendar/:kind',
      summary: "One upcoming date of the leader's own cycle as an .ics file (same UID as in the feed).",
      access: 'session',
      params: calendarDateParamsSchema,
      responses: { 200: calendarFile },
    },
    {
      method: 'get',
      path: '/calendar/:feedToken/feedforward.ics',
      summary: 'The feed itself, for calendar apps: the token in the path is the only key.',
      access: 'public',
      responses: { 200: calendarFile },
    },
  ],
};
