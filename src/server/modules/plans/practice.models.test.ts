import { describe, expect, test } from 'vitest';
import { addDays, localDay } from '../../../shared/calendar';
import {
  checkinDayProblem,
  dailyQuestion,
  dailyReminderMessage,
  nextReminder,
  stageAtLeast,
} from './practice.models';

describe('stage moves', () => {
  test('saving a commitment moves a listening cycle to commit', () => {
    expect(stageAtLeast('listen', 'commit')).toBe('commit');
  });
  test('a cycle already practicing never moves back to commit', () => {
    expect(stageAtLeast('practice', 'commit')).toBe('practice');
  });
});

describe("the leader's today", () => {
  const lateUtcEvening = new Date('2026-12-01T23:30:00Z');
  test('is the UTC day until a time zone is set', () => {
    expect(localDay(lateUtcEvening)).toBe('2026-12-01');
  });
  test('is already tomorrow in Tokyo', () => {
    expect(localDay(lateUtcEvening, 'Asia/Tokyo')).toBe('2026-12-02');
  });
  test('is still today in Los Angeles', () => {
    expect(localDay(lateUtcEvening, 'America/Los_Angeles')).toBe('2026-12-01');
  });
});

describe('which days a check-in may be for', () => {
  test('today and the last seven days are fine', () => {
    expect(checkinDayProblem('2026-12-10', '2026-12-10', 7)).toBeNull();
    expect(checkinDayProblem('2026-12-03', '2026-12-10', 7)).toBeNull();
  });
  test('tomorrow is refused', () => {
    expect(checkinDayProblem('2026-12-11', '2026-12-10', 7)).toBe('day_in_future');
  });
  test('eight days back is too old', () => {
    expect(checkinDayProblem('2026-12-02', '2026-12-10', 7)).toBe('day_too_old');
  });
  test('days are counted across a month end', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
  });
});

describe('the next daily reminder', () => {
  test('fires today when the chosen local time is still ahead', () => {
    const next = nextReminder({ time: '18:00', timeZone: 'Europe/Berlin' }, new Date('2026-12-01T09:00:00Z'));
    expect(next).toEqual({ day: '2026-12-01', at: new Date('2026-12-01T17:00:00Z') });
  });
  test('fires tomorrow when the time has passed today', () => {
    const next = nextReminder({ time: '08:00', timeZone: 'Europe/Berlin' }, new Date('2026-12-01T09:00:00Z'));
    expect(next).toEqual({ day: '2026-12-02', at: new Date('2026-12-02T07:00:00Z') });
  });
  test("counts days on the leader's wall clock, not in UTC", () => {
    const next = nextReminder({ time: '07:00', timeZone: 'Asia/Tokyo' }, new Date('2026-12-01T23:30:00Z'));
    expect(next).toEqual({ day: '2026-12-03', at: new Date('2026-12-02T22:00:00Z') });
  });
});

test("the daily question is asked in the leader's own words", () => {
  expect(dailyQuestion('I will ask what they tried first.')).toBe(
    'Did I do my best to ask what they tried first today?',
  );
});

test("a German leader's reminder is German and quotes each behavior as they wrote it", () => {
  const message = dailyReminderMessage({
    actions: ['Ich frage zuerst, was schon versucht wurde.'],
    url: 'https://ff.example/cycles/c1',
    language: 'de',
  });
  expect(message.subject).toBe('Deine täglichen Fragen');
  expect(message.text).toContain(
    '- Habe ich heute mein Bestes gegeben: Ich frage zuerst, was schon versucht wurde?',
  );
  expect(message.text).toContain('Antworte hier: https://ff.example/cycles/c1');
});
