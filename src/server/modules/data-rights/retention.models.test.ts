import { expect, test } from 'vitest';
import type { Question } from '../../../shared/questions';
import { nextRetentionRun, retentionCutoff, withoutFreeText } from './retention.models';

test('the cutoff is N calendar months back, the same time of day', () => {
  expect(retentionCutoff(new Date('2026-07-11T09:30:00Z'), 6).toISOString()).toBe('2026-01-11T09:30:00.000Z');
  expect(retentionCutoff(new Date('2027-01-15T00:00:00Z'), 13).toISOString()).toBe(
    '2025-12-15T00:00:00.000Z',
  );
});

test('a day the earlier month lacks becomes its last day', () => {
  expect(retentionCutoff(new Date('2026-03-31T12:00:00Z'), 1).toISOString()).toBe('2026-02-28T12:00:00.000Z');
  expect(retentionCutoff(new Date('2028-03-31T12:00:00Z'), 1).toISOString()).toBe('2028-02-29T12:00:00.000Z');
});

test("the cutoff counts months on the workspace's wall clock, across a DST change, in two zones", () => {
  // 09:30 in Berlin on 11 July (CEST) → 09:30 on 11 January (CET): an hour later in UTC.
  expect(retentionCutoff(new Date('2026-07-11T07:30:00Z'), 6, 'Europe/Berlin').toISOString()).toBe(
    '2026-01-11T08:30:00.000Z',
  );
  // 08:00 in Auckland on 1 July (NZST) → 08:00 on 1 January (NZDT): an hour earlier in UTC, and the
  // day before in UTC, which a cutoff counted in UTC months would have put on 30 November.
  expect(retentionCutoff(new Date('2026-06-30T20:00:00Z'), 6, 'Pacific/Auckland').toISOString()).toBe(
    '2025-12-31T19:00:00.000Z',
  );
});

test('free text is removed and ratings and choices are kept', () => {
  const questions = [
    { id: 'r', kind: 'rating' },
    { id: 't', kind: 'text' },
    { id: 'c', kind: 'choice' },
  ] as Question[];
  expect(withoutFreeText(questions, { r: 4, t: 'Ask first.', c: 'yes' })).toEqual({
    answers: { r: 4, c: 'yes' },
    changed: true,
  });
  expect(withoutFreeText(questions, { r: null, c: 'no' })).toEqual({
    answers: { r: null, c: 'no' },
    changed: false,
  });
});

test('the next run is tomorrow at 03:00 UTC', () => {
  expect(nextRetentionRun(new Date('2026-12-31T23:59:00Z')).toISOString()).toBe('2027-01-01T03:00:00.000Z');
});
