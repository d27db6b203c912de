import { type CreatedCalendarFeed, createdCalendarFeedSchema } from '../../shared/calendar-feed';
import { apiDelete, apiPost, noContent } from '../api';
import { errorsFromFailure, type FormResult, failed } from '../forms';
import { integrationsText } from './integrations-text';

/** A new feed URL comes back in the answer to its form, the only time it is ever shown. */
export type CalendarFeedResult = FormResult & { created?: CreatedCalendarFeed };

export const calendarFeedIntents = {
  create: 'calendar-feed-create',
  remove: 'calendar-feed-remove',
} as const;

export async function changeCalendarFeed(request: Request, intent: string): Promise<CalendarFeedResult> {
  try {
    if (intent === calendarFeedIntents.remove) {
      await apiDelete('/api/calendar-feed', noContent, { request });
      return { ok: true, message: integrationsText('calendar.removed') };
    }
    return {
      ok: true,
      created: await apiPost('/api/calendar-feed', {}, createdCalendarFeedSchema, { request }),
    };
  } catch (error) {
    return failed(errorsFromFailure(error, []));
  }
}
