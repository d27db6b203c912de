import { describe, expect, test } from 'vitest';
import { endOfLocalDay } from '../../shared/calendar';
import { formatClosingMoment } from './closing-moment';

describe("the answer page states the closing moment on the stakeholder's own clock", () => {
  test('a round a Berlin leader closes on Friday ends Saturday morning for a stakeholder in Auckland', () => {
    const closesAt = endOfLocalDay('2026-06-12', 'Europe/Berlin').toISOString();
    expect(formatClosingMoment(closesAt, { timeZone: 'Europe/Berlin', locale: 'en-GB' })).toBe(
      'Fri 12 Jun, 23:59',
    );
    expect(formatClosingMoment(closesAt, { timeZone: 'Pacific/Auckland', locale: 'en-GB' })).toBe(
      'Sat 13 Jun, 09:59',
    );
  });

  test("across a DST change the moment still reads as the end of the leader's day", () => {
    // Berlin falls back on Sunday 25 October: that day is 25 hours long.
    const closesAt = endOfLocalDay('2026-10-25', 'Europe/Berlin').toISOString();
    expect(closesAt).toBe('2026-10-25T23:00:00.000Z');
    expect(formatClosingMoment(closesAt, { timeZone: 'Europe/Berlin', locale: 'en-GB' })).toBe(
      'Sun 25 Oct, 23:59',
    );
    expect(formatClosingMoment(closesAt, { timeZone: 'America/Los_Angeles', locale: 'en-GB' })).toBe(
      'Sun 25 Oct, 15:59',
    );
  });
});
