import { describe, expect, test } from 'vitest';
import {
  isCheckInDue,
  isMiniSurveyDue,
  nextCheckInDue,
  nextMiniSurveyDue,
} from './follow-up-schedule.models';

const at = (iso: string) => new Date(iso);

describe('monthly check-in', () => {
  test('is due 30 days after the cycle started when there has been no check-in yet', () => {
    expect(nextCheckInDue(at('2026-01-10T09:00:00Z'))).toEqual(at('2026-02-09T09:00:00Z'));
  });

  test('is due one interval after the last check-in when the interval is changed', () => {
    expect(nextCheckInDue(at('2026-01-10T09:00:00Z'), 14)).toEqual(at('2026-01-24T09:00:00Z'));
  });

  test('is not due a moment before the interval has passed', () => {
    expect(isCheckInDue(at('2026-01-10T09:00:00Z'), at('2026-02-09T08:59:59Z'))).toBe(false);
  });

  test('is due from the moment the interval has passed, and stays due', () => {
    expect(isCheckInDue(at('2026-01-10T09:00:00Z'), at('2026-02-09T09:00:00Z'))).toBe(true);
    expect(isCheckInDue(at('2026-01-10T09:00:00Z'), at('2026-04-01T00:00:00Z'))).toBe(true);
  });

  test('an interval that is not a positive whole number of days is refused', () => {
    expect(() => nextCheckInDue(at('2026-01-10T09:00:00Z'), 0)).toThrow(RangeError);
    expect(() => nextCheckInDue(at('2026-01-10T09:00:00Z'), 1.5)).toThrow(RangeError);
  });
});

describe('mini-survey', () => {
  const cycleStart = at('2026-01-05T08:00:00Z');

  test('the first one is due 90 days into the cycle', () => {
    expect(nextMiniSurveyDue(cycleStart, null)).toEqual(at('2026-04-05T08:00:00Z'));
  });

  test('a later one is due one interval after the last one, not after the cycle start', () => {
    expect(nextMiniSurveyDue(cycleStart, at('2026-04-20T10:00:00Z'))).toEqual(at('2026-07-19T10:00:00Z'));
  });

  test('a six-month cadence pushes the due date out accordingly', () => {
    expect(nextMiniSurveyDue(cycleStart, null, 180)).toEqual(at('2026-07-04T08:00:00Z'));
  });

  test('is due once now reaches the due date', () => {
    expect(isMiniSurveyDue(cycleStart, null, at('2026-04-05T07:59:00Z'))).toBe(false);
    expect(isMiniSurveyDue(cycleStart, null, at('2026-04-05T08:00:00Z'))).toBe(true);
  });
});
