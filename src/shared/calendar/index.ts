// The one time model (decision 0032): the clock code receives, elapsed durations, and calendar
// rules counted in a time zone. Server and web import from here, never from date-fns directly.

export {
  addDays,
  addLocalDays,
  endOfLocalDay,
  localDay,
  localInstant,
  parseCalendarDay,
  startOfLocalDay,
  subtractLocalMonths,
} from './calendar-days';
export { type Clock, systemClock } from './clock';
export { dayMs, hourMs } from './durations';
export { defaultTimeZone, isTimeZone, leaderTimeZone } from './time-zones';
