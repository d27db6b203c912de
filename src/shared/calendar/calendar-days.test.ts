import { describe, expect, test } from 'vitest';
import { localDay } from './calendar-days';

describe("a leader's calendar day, such as the day a cycle closed, is counted in their time zone", () => {
  test('a late evening close in the Americas is still that day there, though already the next in UTC', () => {
    expect(localDay(new Date('2026-11-25T02:30:00.000Z'), 'America/New_York')).toBe('2026-11-24');
    expect(localDay(new Date('2026-11-25T02:30:00.000Z'), 'UTC')).toBe('2026-11-25');
  });

  test('an early morning close east of UTC is already the next day there', () => {
    expect(localDay(new Date('2026-11-24T23:30:00.000Z'), 'Europe/Amsterdam')).toBe('2026-11-25');
  });

  test('a time zone this runtime does not know counts the day in UTC rather than failing', () => {
    expect(localDay(new Date('2026-11-24T23:30:00.000Z'), 'Mars/Olympus_Mons')).toBe('2026-11-24');
  });
});
