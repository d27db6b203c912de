// The calendar-feed module's public surface: other modules import from here (pure rules from public.models.ts), never from its other files.
export { calendarFeedRouteDocs } from './calendar-feed.openapi';
