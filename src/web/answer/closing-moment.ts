// The durations file alone: the calendar module's index brings date-fns, which this page does not need.
import { minuteMs } from '../../shared/calendar/durations';

/**
 * "Fri 12 Jun, 23:59": the last minute a round takes answers, on the reader's own clock (the
 * browser's zone unless one is given), since a stakeholder may live far from the leader whose
 * day the round closes at the end of. Shown as the last minute rather than the next midnight.
 */
export function formatClosingMoment(
  closesAt: string,
  { timeZone, locale }: { timeZone?: string; locale?: string } = {},
): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(Date.parse(closesAt) - minuteMs));
}
