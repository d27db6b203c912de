import { expect, test } from 'vitest';
import type { Competency } from '../../../shared/framework';
import type { CycleProgress } from '../../../shared/progress';
import { progressCsv } from './progress-csv.models';

const empty: CycleProgress = {
  cycle: {
    id: 'cycle-1',
    goal: 'I want to get better at listening so that problems surface early.',
    problem: 'People tell me about problems too late.',
    stage: 'practice',
    createdAt: '2026-01-05T09:00:00.000Z',
    closedAt: null,
    reflection: null,
  },
  competency: { key: 'listening', name: 'Listening', behaviors: [] } as unknown as Competency,
  commitments: [],
  rounds: [],
  timeline: { from: '2026-01-05', to: '2026-03-01' },
  miniSurveys: [],
  effort: { weeks: [], byCommitment: [] },
  selfVsOthers: { roundId: null, released: false, behaviors: [] },
};

const header = 'section,date,round_id,subject,n,mean,share_improved,real_progress,check_ins,status';

test('a progress without any figure still downloads with its header', () => {
  expect(progressCsv(empty)).toBe(`${header}\r\n`);
});

test('a round closed with too few answers is a row that says so, with no figure', () => {
  const csv = progressCsv({
    ...empty,
    miniSurveys: [
      {
        roundId: 'round-1',
        openedAt: '2026-02-01T09:00:00.000Z',
        closesOn: '2026-02-14',
        closedAt: '2026-02-14T23:59:00.000Z',
        date: '2026-02-14',
        released: false,
        responseCount: 2,
        overall: null,
        byCommitment: [],
      },
    ],
  });
  expect(csv.split('\r\n')[1]).toBe(
    'mini_survey,2026-02-14,round-1,all commitments,,,,,,not released: fewer than k answers',
  );
});

test('a commitment worded like a spreadsheet formula is written as text', () => {
  const csv = progressCsv({
    ...empty,
    commitments: [{ id: 'c1', situation: 'Always', action: '=HYPERLINK("x")', status: 'active' }],
    miniSurveys: [
      {
        roundId: 'round-1',
        openedAt: '2026-02-01T09:00:00.000Z',
        closesOn: '2026-02-14',
        closedAt: '2026-02-14T23:59:00.000Z',
        date: '2026-02-14',
        released: true,
        responseCount: 3,
        overall: null,
        byCommitment: [{ commitmentId: 'c1', figure: null }],
      },
    ],
  });
  expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
});

test('a week of daily effort is one row with its average and count of check-ins', () => {
  const csv = progressCsv({
    ...empty,
    effort: {
      weeks: [{ weekStart: '2026-02-02', isoWeek: '2026-W06', average: 7.5, checkIns: 4 }],
      byCommitment: [],
    },
  });
  expect(csv.split('\r\n')[1]).toBe('daily_effort,2026-02-02,,2026-W06,,7.5,,,4,shown');
});

test('a behavior the leader did not rate has no self figure at all, not a count of one', () => {
  const csv = progressCsv({
    ...empty,
    selfVsOthers: {
      roundId: 'round-1',
      released: true,
      behaviors: [
        { behaviorKey: 'ask-first', behaviorText: 'Asks before advising', self: null, others: null },
      ],
    },
  });
  expect(csv.split('\r\n')[1]).toBe('self_vs_others,,round-1,Asks before advising,,,,,,self: not rated');
});

test('a mean and a share are written rounded, as a spreadsheet reader expects them', () => {
  const csv = progressCsv({
    ...empty,
    effort: {
      weeks: [{ weekStart: '2026-02-02', isoWeek: '2026-W06', average: 8 / 3, checkIns: 3 }],
      byCommitment: [],
    },
  });
  expect(csv.split('\r\n')[1]).toBe('daily_effort,2026-02-02,,2026-W06,,2.67,,,3,shown');
});
