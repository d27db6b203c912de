// i18n: not yet translated
import type { CalendarDateKind } from '../../shared/calendar-feed';
import { cycleApiPath } from './cycle-data';

/** One date as an .ics file; opening it offers to add the event to the device's calendar. */
export function AddToCalendar({
  cycleId,
  kind,
  what,
}: {
  cycleId: string;
  kind: CalendarDateKind;
  what: string;
}) {
  return (
    <a className="add-to-calendar" href={`${cycleApiPath(cycleId)}/calendar/${kind}`} download>
      Add {what} to your calendar
    </a>
  );
}
