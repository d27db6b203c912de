import { describe, expect, test } from 'vitest';
import { nextLookAt } from './follow-up-sweep.models';

const now = new Date('2027-03-11T10:00:00Z');
const dueAt = new Date('2027-03-11T09:00:00Z');
const status = {
  miniSurveyDue: true,
  nextMiniSurveyOn: '2027-03-11',
  roundOpen: false,
  activeCommitments: 1,
};

describe('when the sweep next looks at a cycle', () => {
  test('a due mini-survey not yet reminded of: again tomorrow', () => {
    expect(nextLookAt({ status, dueAt, promptedFor: null }, now)).toEqual(new Date('2027-03-12T10:00:00Z'));
    expect(nextLookAt({ status, dueAt, promptedFor: '2026-12-10' }, now)).toEqual(
      new Date('2027-03-12T10:00:00Z'),
    );
  });

  test('a due mini-survey reminded of: not until a fact changes', () => {
    expect(nextLookAt({ status, dueAt, promptedFor: '2027-03-11' }, now)).toBeNull();
  });

  test('one not yet due: the moment it falls due', () => {
    const later = new Date('2027-04-10T09:00:00Z');
    const waiting = { ...status, miniSurveyDue: false, nextMiniSurveyOn: '2027-04-10' };
    expect(nextLookAt({ status: waiting, dueAt: later, promptedFor: null }, now)).toEqual(later);
  });

  test('an open round, no commitment or no schedule at all: not until a fact changes', () => {
    const held = { ...status, miniSurveyDue: false };
    expect(nextLookAt({ status: { ...held, roundOpen: true }, dueAt, promptedFor: null }, now)).toBeNull();
    expect(
      nextLookAt({ status: { ...held, activeCommitments: 0 }, dueAt, promptedFor: null }, now),
    ).toBeNull();
    expect(
      nextLookAt({ status: { ...held, nextMiniSurveyOn: null }, dueAt: null, promptedFor: null }, now),
    ).toBeNull();
  });
});
