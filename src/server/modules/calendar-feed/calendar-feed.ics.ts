import { TZDate } from '@date-fns/tz';
import ical, { ICalCalendarMethod, ICalEventRepeatingFreq } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { addDays, localInstant } from '../../../shared/calendar';
import type { VersionedEvent } from './calendar-feed.models';

/** The daily question's slot: short, so it marks the moment without blocking an afternoon. */
const dailyQuestionMinutes = 5;

/** VTIMEZONE from the tz database, so clients that do not know IANA names still place the event. */
function vtimezone(timeZone: string): string | null {
  const block = tzlib_get_ical_block(timeZone);
  return Array.isArray(block) && block[0] ? block[0] : null;
}

/**
 * One iCalendar document (RFC 5545) that Google Calendar, Outlook and Apple Calendar all read:
 * stable UIDs, DTSTAMP, SEQUENCE, all-day dates as DATE values, and the daily question in the
 * leader's own zone with its VTIMEZONE, so it stays at 08:30 across daylight-saving changes.
 */
export function renderCalendar(events: readonly VersionedEvent[], stamp: Date, name: string): string {
  const calendar = ical({
    name,
    prodId: { company: 'Feedforward', product: 'Feedforward', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    // Calendar apps poll subscribed feeds; an hour is as often as the dates can usefully change.
    ttl: 60 * 60,
  });
  calendar.timezone({ name: null, generator: vtimezone });
  for (const event of events) {
    const common = {
      id: event.uid,
      sequence: event.sequence,
      stamp,
      summary: event.summary,
      description: `${event.description}\n${event.url}`,
      url: event.url,
    };
    if (event.allDay) {
      // A DATE value has no zone: the closing day is the same day in every calendar.
      const start = new Date(`${event.day}T00:00:00Z`);
      const end = new Date(`${addDays(event.day, 1)}T00:00:00Z`);
      calendar.createEvent({ ...common, allDay: true, start, end });
      continue;
    }
    const start = new TZDate(localInstant(event.day, event.time, event.timeZone).getTime(), event.timeZone);
    const end = new TZDate(start.getTime() + dailyQuestionMinutes * 60_000, event.timeZone);
    calendar.createEvent({
      ...common,
      start,
      end,
      timezone: event.timeZone,
      repeating: { freq: ICalEventRepeatingFreq.DAILY },
    });
  }
  return calendar.toString();
}
