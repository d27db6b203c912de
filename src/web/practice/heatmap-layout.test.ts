import { describe, expect, test } from 'vitest';
import { addDays } from '../../shared/calendar';
import { heatmapLayout } from './heatmap-layout';
import { weekdayOf } from './practice-data';

/** The Monday of the week `day` falls in. */
const mondayOf = (day: string) => addDays(day, -weekdayOf(day));
const weeksBetween = (earlier: string, later: string) =>
  Math.round((Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / (7 * 86_400_000));

/** Where each day ends up when the grid fills its cells down each column, then across. */
function placed(from: string, to: string) {
  return heatmapLayout(from, to).cells.flatMap((cell, index) =>
    cell.day === null ? [] : [{ day: cell.day, row: index % 7, column: Math.floor(index / 7) }],
  );
}

describe('the practice heatmap lays the weeks out as a calendar', () => {
  // 2026-11-23 is a Monday; eight weeks ending on each day of that week start on every weekday.
  const lastDays = Array.from({ length: 7 }, (_, offset) => addDays('2026-11-23', offset));

  test.each(lastDays)('eight weeks ending %s put every day in its weekday row and its week column', (to) => {
    const from = addDays(to, -55);
    for (const { day, row, column } of placed(from, to)) {
      expect({ day, row }).toEqual({ day, row: weekdayOf(day) });
      expect({ day, column }).toEqual({ day, column: weeksBetween(mondayOf(from), mondayOf(day)) });
    }
  });

  test('a range starting on a Thursday leaves Monday to Wednesday of the first week empty', () => {
    const layout = heatmapLayout('2026-10-01', '2026-11-25');
    expect(layout.cells.slice(0, 4)).toEqual([
      { day: null },
      { day: null },
      { day: null },
      { day: '2026-10-01' },
    ]);
    expect(layout.cells).toHaveLength(3 + 56);
  });

  test('a range starting on a Monday needs no empty squares', () => {
    const layout = heatmapLayout('2026-10-05', '2026-11-29');
    expect(layout.cells[0]).toEqual({ day: '2026-10-05' });
    expect(layout.cells).toHaveLength(56);
  });

  test('the days are every day of the range once, oldest first, for the list and the table', () => {
    const layout = heatmapLayout('2026-10-31', '2026-11-02');
    expect(layout.days).toEqual(['2026-10-31', '2026-11-01', '2026-11-02']);
    expect(layout.cells.filter((cell) => cell.day !== null)).toHaveLength(3);
  });

  test('an empty range has no squares', () => {
    expect(heatmapLayout('2026-11-25', '2026-11-24')).toEqual({ days: [], cells: [] });
  });
});
