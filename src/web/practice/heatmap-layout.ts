import { addDays } from '../../shared/calendar';
import { weekdayOf } from './practice-data';

/** One square of the calendar: a day of the range, or an empty square before the range starts. */
export type HeatmapCell = { day: string } | { day: null };

export type HeatmapLayout = {
  /** Every day from the first to the last, oldest first. */
  days: string[];
  /** The squares in the order the grid fills them: down each week's column from Monday, then across. */
  cells: HeatmapCell[];
};

/**
 * Lays the days from `from` to `to` (YYYY-MM-DD, inclusive) out as a calendar with a column per week,
 * Monday at the top. A range that starts mid-week gets empty squares for the days before it, so
 * every day lands in its weekday's row even when the first week is partial.
 */
export function heatmapLayout(from: string, to: string): HeatmapLayout {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  const blanks: HeatmapCell[] = Array.from({ length: days.length > 0 ? weekdayOf(from) : 0 }, () => ({
    day: null,
  }));
  const cells = [...blanks, ...days.map((day) => ({ day }))];
  return { days, cells };
}
