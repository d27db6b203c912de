import type { CalendarDateKind } from '../../shared/calendar-feed';
import { cycleApiPath } from './cycle-data';

/** One date as an .ics file; opening it offers to add the event to the device's calendar. */
export function AddToCalendar({
  cycleId,
  kind,
  label,
}: {
  cycleId: string;
  kind: CalendarDateKind;
  /** "Add the closing day to your calendar": what it adds, said by the caller in its own words. */
  label: string;
}) {
  return (
    <a className="add-to-calendar" href={`${cycleApiPath(cycleId)}/calendar/${kind}`} download>
      {label}
    </a>
  );
}
