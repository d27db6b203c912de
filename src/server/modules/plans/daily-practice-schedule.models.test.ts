import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dailyEffortByWeek, localReminderInstant } from './daily-practice-schedule.models';

const at = (iso: string) => new Date(iso);

describe('local reminder instant', () => {
  test('an ordinary winter morning in Berlin is one hour ahead of UTC', () => {
    expect(localReminderInstant('2026-01-15', '09:00', 'Europe/Berlin')).toEqual(at('2026-01-15T08:00:00Z'));
  });

  test('a summer morning in Berlin is two hours ahead of UTC', () => {
    expect(localReminderInstant('2026-07-15', '09:00', 'Europe/Berlin')).toEqual(at('2026-07-15T07:00:00Z'));
  });

  test('on the Berlin spring-forward day a morning reminder uses summer time', () => {
    // Clocks go from 02:00 to 03:00 on Sunday 29 March 2026.
    expect(localReminderInstant('2026-03-29', '09:00', 'Europe/Berlin')).toEqual(at('2026-03-29T07:00:00Z'));
    expect(localReminderInstant('2026-03-29', '01:30', 'Europe/Berlin')).toEqual(at('2026-03-29T00:30:00Z'));
  });

  test('a time inside the hour Berlin skips fires that much later on the same day', () => {
    expect(localReminderInstant('2026-03-29', '02:30', 'Europe/Berlin')).toEqual(at('2026-03-29T01:30:00Z'));
  });

  test('a time in the hour Berlin repeats in autumn fires the first time round', () => {
    // Clocks go from 03:00 back to 02:00 on Sunday 25 October 2026.
    expect(localReminderInstant('2026-10-25', '02:30', 'Europe/Berlin')).toEqual(at('2026-10-25T00:30:00Z'));
    expect(localReminderInstant('2026-10-25', '03:00', 'Europe/Berlin')).toEqual(at('2026-10-25T02:00:00Z'));
  });

  test('New York reminders follow the US change dates, not the European ones', () => {
    // The US springs forward on 8 March 2026, three weeks before Europe.
    expect(localReminderInstant('2026-03-07', '08:30', 'America/New_York')).toEqual(
      at('2026-03-07T13:30:00Z'),
    );
    expect(localReminderInstant('2026-03-08', '08:30', 'America/New_York')).toEqual(
      at('2026-03-08T12:30:00Z'),
    );
  });

  test('a time inside the hour New York skips fires that much later on the same day', () => {
    expect(localReminderInstant('2026-03-08', '02:15', 'America/New_York')).toEqual(
      at('2026-03-08T07:15:00Z'),
    );
  });

  test('a time in the hour New York repeats in autumn fires the first time round', () => {
    // Clocks go from 02:00 back to 01:00 on Sunday 1 November 2026.
    expect(localReminderInstant('2026-11-01', '01:30', 'America/New_York')).toEqual(
      at('2026-11-01T05:30:00Z'),
    );
    expect(localReminderInstant('2026-11-01', '09:00', 'America/New_York')).toEqual(
      at('2026-11-01T14:00:00Z'),
    );
  });

  test('midnight and zones with half-hour offsets are handled', () => {
    expect(localReminderInstant('2026-06-01', '00:00', 'Asia/Kolkata')).toEqual(at('2026-05-31T18:30:00Z'));
    expect(localReminderInstant('2026-06-01', '23:59', 'UTC')).toEqual(at('2026-06-01T23:59:00Z'));
  });

  test('malformed dates, times and zones are refused with a readable error', () => {
    expect(() => localReminderInstant('2026-02-30', '09:00', 'Europe/Berlin')).toThrow(/not a date/);
    expect(() => localReminderInstant('29.03.2026', '09:00', 'Europe/Berlin')).toThrow(/look like/);
    expect(() => localReminderInstant('2026-03-29', '24:00', 'Europe/Berlin')).toThrow(/24-hour clock/);
    expect(() => localReminderInstant('2026-03-29', '9:00', 'Europe/Berlin')).toThrow(/24-hour clock/);
    expect(() => localReminderInstant('2026-03-29', '09:00', 'Mars/Olympus')).toThrow(RangeError);
  });

  test('every reminder, read back on the local clock, shows the time asked for or the first time after a gap', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Tokyo'];
    fc.assert(
      fc.property(
        fc.date({ min: at('2020-01-01T00:00:00Z'), max: at('2035-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom(...zones),
        (day, hour, minute, timeZone) => {
          const date = day.toISOString().slice(0, 10);
          const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          const instant = localReminderInstant(date, time, timeZone);
          const local = new Intl.DateTimeFormat('sv-SE', {
            timeZone,
            dateStyle: 'short',
            timeStyle: 'short',
          }).format(instant);
          const [localDate, localTime = ''] = local.split(' ');
          expect(localDate).toBe(date);
          // Only a skipped hour may move the time, and only forward by at most an hour.
          const asked = hour * 60 + minute;
          const [h = 0, m = 0] = localTime.split(':').map(Number);
          expect(h * 60 + m - asked).toBeGreaterThanOrEqual(0);
          expect(h * 60 + m - asked).toBeLessThanOrEqual(60);
        },
      ),
    );
  });
});

describe('daily effort by week', () => {
  test('averages the scores of each ISO week, starting on Monday', () => {
    const weeks = dailyEffortByWeek([
      { day: '2026-03-02', score: 6 }, // Monday
      { day: '2026-03-08', score: 8 }, // Sunday, same week
      { day: '2026-03-09', score: 3 }, // next Monday
    ]);
    expect(weeks).toEqual([
      { weekStart: '2026-03-02', isoWeek: '2026-W10', average: 7, checkIns: 2 },
      { weekStart: '2026-03-09', isoWeek: '2026-W11', average: 3, checkIns: 1 },
    ]);
  });

  test('several behaviors scored on one day all count towards the week', () => {
    const [week] = dailyEffortByWeek([
      { day: '2026-03-03', score: 9 },
      { day: '2026-03-03', score: 4 },
      { day: '2026-03-04', score: 5 },
    ]);
    expect(week?.average).toBe(6);
    expect(week?.checkIns).toBe(3);
  });

  test('weeks come out oldest first whatever order the check-ins arrive in', () => {
    const weeks = dailyEffortByWeek([
      { day: '2026-03-16', score: 5 },
      { day: '2026-03-02', score: 7 },
    ]);
    expect(weeks.map((week) => week.weekStart)).toEqual(['2026-03-02', '2026-03-09', '2026-03-16']);
  });

  test('a week without check-ins shows as a gap, not as zero effort', () => {
    const weeks = dailyEffortByWeek([
      { day: '2026-03-02', score: 7 },
      { day: '2026-03-16', score: 5 },
    ]);
    expect(weeks[1]).toEqual({ weekStart: '2026-03-09', isoWeek: '2026-W11', average: null, checkIns: 0 });
  });

  test('days around New Year belong to the ISO week-year of their Thursday', () => {
    const weeks = dailyEffortByWeek([
      { day: '2026-12-31', score: 4 }, // Thursday of 2026-W53
      { day: '2027-01-03', score: 6 }, // Sunday, still 2026-W53
      { day: '2027-01-04', score: 8 }, // Monday of 2027-W01
    ]);
    expect(weeks).toEqual([
      { weekStart: '2026-12-28', isoWeek: '2026-W53', average: 5, checkIns: 2 },
      { weekStart: '2027-01-04', isoWeek: '2027-W01', average: 8, checkIns: 1 },
    ]);
    expect(dailyEffortByWeek([{ day: '2024-12-30', score: 5 }])[0]?.isoWeek).toBe('2025-W01');
  });

  test('no check-ins give no weeks', () => {
    expect(dailyEffortByWeek([])).toEqual([]);
  });

  test('scores outside 1..10 and malformed days are refused', () => {
    expect(() => dailyEffortByWeek([{ day: '2026-03-02', score: 0 }])).toThrow(RangeError);
    expect(() => dailyEffortByWeek([{ day: '2026-03-02', score: 11 }])).toThrow(RangeError);
    expect(() => dailyEffortByWeek([{ day: '2026-03-02', score: 7.5 }])).toThrow(RangeError);
    expect(() => dailyEffortByWeek([{ day: '2026-3-2', score: 7 }])).toThrow(RangeError);
  });

  test('every check-in lands in exactly one week, and each average stays within 1..10', () => {
    const checkIn = fc.record({
      day: fc
        .date({ min: at('2025-01-01T00:00:00Z'), max: at('2027-12-31T00:00:00Z'), noInvalidDate: true })
        .map((date) => date.toISOString().slice(0, 10)),
      score: fc.integer({ min: 1, max: 10 }),
    });
    fc.assert(
      fc.property(fc.array(checkIn, { maxLength: 60 }), (checkIns) => {
        const weeks = dailyEffortByWeek(checkIns);
        expect(weeks.reduce((sum, week) => sum + week.checkIns, 0)).toBe(checkIns.length);
        for (const week of weeks) {
          expect(new Date(`${week.weekStart}T00:00:00Z`).getUTCDay()).toBe(1);
          if (week.average !== null) {
            expect(week.average).toBeGreaterThanOrEqual(1);
            expect(week.average).toBeLessThanOrEqual(10);
          }
        }
      }),
    );
  });
});
