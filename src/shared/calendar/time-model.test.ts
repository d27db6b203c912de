import { describe, expect, test } from 'vitest';
import {
  addDays,
  addLocalDays,
  endOfLocalDay,
  leaderTimeZone,
  localDay,
  localInstant,
  startOfLocalDay,
  subtractLocalMonths,
} from '.';

// Berlin springs forward on 2026-03-29 (02:00 → 03:00) and falls back on 2026-10-25;
// Auckland falls back on 2026-04-05 (03:00 → 02:00) and springs forward on 2026-09-27.
const berlin = 'Europe/Berlin';
const auckland = 'Pacific/Auckland';
const iso = (instant: Date) => instant.toISOString();

describe('the end of a day is where the zone lives it', () => {
  test('a Friday ends at local midnight, not UTC midnight', () => {
    expect(iso(endOfLocalDay('2026-06-12', berlin))).toBe('2026-06-12T22:00:00.000Z');
    expect(iso(endOfLocalDay('2026-06-12', auckland))).toBe('2026-06-12T12:00:00.000Z');
    expect(iso(endOfLocalDay('2026-06-12', 'UTC'))).toBe('2026-06-13T00:00:00.000Z');
  });

  test('the day of a spring-forward change has 23 hours, of a fall-back change 25', () => {
    const hours = (day: string, zone: string) =>
      (endOfLocalDay(day, zone).getTime() - startOfLocalDay(day, zone).getTime()) / 3_600_000;
    expect(hours('2026-03-29', berlin)).toBe(23);
    expect(hours('2026-10-25', berlin)).toBe(25);
    expect(hours('2026-09-27', auckland)).toBe(23);
    expect(hours('2026-04-05', auckland)).toBe(25);
  });

  test('a zone this runtime does not know counts in UTC rather than failing', () => {
    expect(iso(endOfLocalDay('2026-06-12', 'Mars/Olympus_Mons'))).toBe('2026-06-13T00:00:00.000Z');
  });
});

describe('a calendar day is counted in the zone', () => {
  test('the same instant is a different day in Berlin and in Auckland', () => {
    const instant = new Date('2026-03-29T11:30:00.000Z');
    expect(localDay(instant, berlin)).toBe('2026-03-29');
    expect(localDay(instant, auckland)).toBe('2026-03-30');
  });

  test('days are added on the calendar, across a change of offset and a month end', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 3)).toBe('2026-04-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });
});

describe('a wall-clock moment keeps its local time across a DST change', () => {
  test('a day later is 23 hours later over spring-forward and 25 over fall-back, in both zones', () => {
    const elapsedHours = (from: string, zone: string) =>
      (addLocalDays(new Date(from), 1, zone).getTime() - Date.parse(from)) / 3_600_000;
    expect(elapsedHours('2026-03-28T08:00:00.000Z', berlin)).toBe(23);
    expect(elapsedHours('2026-10-24T07:00:00.000Z', berlin)).toBe(25);
    expect(elapsedHours('2026-09-26T06:00:00.000Z', auckland)).toBe(23);
    expect(elapsedHours('2026-04-04T06:00:00.000Z', auckland)).toBe(25);
  });

  test('a wall-clock moment in a zone this runtime does not know is refused, not guessed', () => {
    expect(() => localInstant('2026-03-29', '09:00', 'Mars/Olympus_Mons')).toThrow(RangeError);
  });

  test('a time in the skipped hour is read an hour later; in the repeated hour, the first time', () => {
    expect(iso(localInstant('2026-03-29', '02:30', berlin))).toBe('2026-03-29T01:30:00.000Z');
    expect(iso(localInstant('2026-10-25', '02:30', berlin))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(localInstant('2026-09-27', '02:30', auckland))).toBe('2026-09-26T14:30:00.000Z');
    expect(iso(localInstant('2026-04-05', '02:30', auckland))).toBe('2026-04-04T13:30:00.000Z');
  });

  test('months are taken off the local calendar, the 31st becoming the month end', () => {
    // 12:00 in Berlin on 31 March (CEST) is 12:00 on 28 February (CET), an hour later in UTC.
    expect(iso(subtractLocalMonths(new Date('2026-03-31T10:00:00.000Z'), 1, berlin))).toBe(
      '2026-02-28T11:00:00.000Z',
    );
    // 08:00 in Auckland on 1 October (NZDT) is 08:00 on 1 September (NZST) an hour later in UTC.
    expect(iso(subtractLocalMonths(new Date('2026-09-30T19:00:00.000Z'), 1, auckland))).toBe(
      '2026-08-31T20:00:00.000Z',
    );
  });
});

describe("the zone a leader's rules follow", () => {
  test("the leader's own, else the workspace's, else UTC; unknown names are skipped", () => {
    expect(leaderTimeZone({ leader: auckland, workspace: berlin })).toBe(auckland);
    expect(leaderTimeZone({ leader: null, workspace: berlin })).toBe(berlin);
    expect(leaderTimeZone({ leader: 'Nowhere/Land', workspace: berlin })).toBe(berlin);
    expect(leaderTimeZone({})).toBe('UTC');
  });
});
