import { describe, expect, test } from 'vitest';
import type { Competency } from '../../../shared/framework';
import { behaviorQuestion, changeQuestion, releasedRound, timing } from './progress.fixtures';
import { miniSurveyPoint, pooledChangeFigure, selfVsOthers } from './progress.models';

const a = changeQuestion('commitment-a');
const b = changeQuestion('commitment-b');

describe('mini-survey progress', () => {
  test('a commitment rated by at least k people shows its mean and share at +1 or better', () => {
    const results = releasedRound(
      [a],
      [
        ['peer', { [a.id]: 2 }],
        ['peer', { [a.id]: 1 }],
        ['peer', { [a.id]: 0 }],
      ],
    );
    const point = miniSurveyPoint(timing, results, ['commitment-a']);
    expect(point.byCommitment).toEqual([
      { commitmentId: 'commitment-a', figure: { n: 3, mean: 1, shareImproved: 2 / 3, realProgress: false } },
    ]);
  });

  test('a commitment rated by fewer than k people stays hidden and is left out of the overall figure', () => {
    const results = releasedRound(
      [a, b],
      [
        ['peer', { [a.id]: 3, [b.id]: -3 }],
        ['peer', { [a.id]: 2, [b.id]: -3 }],
        ['peer', { [a.id]: 2, [b.id]: null }],
      ],
    );
    const point = miniSurveyPoint(timing, results, ['commitment-a', 'commitment-b']);
    expect(point.byCommitment[1]).toEqual({ commitmentId: 'commitment-b', figure: null });
    expect(point.overall).toEqual({ n: 3, mean: 7 / 3, shareImproved: 1, realProgress: true });
  });

  test('the overall figure pools the commitments by how many ratings each rests on', () => {
    const results = releasedRound(
      [a, b],
      [
        ['peer', { [a.id]: 3, [b.id]: 0 }],
        ['peer', { [a.id]: 3, [b.id]: 0 }],
        ['peer', { [a.id]: 3, [b.id]: 0 }],
        ['peer', { [a.id]: 3, [b.id]: null }],
      ],
    );
    const point = miniSurveyPoint(timing, results, ['commitment-a', 'commitment-b']);
    expect(point.overall).toEqual({ n: 7, mean: 12 / 7, shareImproved: 4 / 7, realProgress: true });
  });

  test('a net score of exactly +1 is not yet the mark of real progress', () => {
    expect(pooledChangeFigure([{ n: 3, mean: 1, shareImproved: 1, realProgress: false }])?.realProgress).toBe(
      false,
    );
  });

  test('a round closed with fewer than k answers shows no figure at all', () => {
    const results = releasedRound(
      [a],
      [
        ['peer', { [a.id]: 3 }],
        ['peer', { [a.id]: 3 }],
      ],
    );
    const point = miniSurveyPoint(timing, results, ['commitment-a']);
    expect(point).toMatchObject({ released: false, overall: null, byCommitment: [], responseCount: 2 });
  });

  test('a round sits on the time axis at the day it closed', () => {
    const results = releasedRound([a], []);
    expect(miniSurveyPoint(timing, results, []).date).toBe('2026-03-12');
  });

  test('questions about anything but the cycle’s commitments are not counted as commitments', () => {
    const results = releasedRound(
      [a],
      [
        ['peer', { [a.id]: 1 }],
        ['peer', { [a.id]: 1 }],
        ['peer', { [a.id]: 1 }],
      ],
    );
    expect(miniSurveyPoint(timing, results, ['commitment-z']).byCommitment).toEqual([]);
  });
});

describe('self versus others', () => {
  const competency = {
    key: 'listening',
    name: 'Listening',
    behaviors: [
      { key: 'pause', text: 'I pause before I answer' },
      { key: 'summarize', text: 'I summarize what I heard' },
    ],
  } as unknown as Competency;
  const pause = behaviorQuestion('pause');
  const summarize = behaviorQuestion('summarize');

  test('each behavior shows the self-rating next to the released mean of others', () => {
    const results = releasedRound(
      [pause],
      [
        ['peer', { [pause.id]: 4 }],
        ['peer', { [pause.id]: 5 }],
        ['peer', { [pause.id]: 3 }],
      ],
    );
    expect(selfVsOthers(competency, { pause: 2 }, results)[0]).toEqual({
      behaviorKey: 'pause',
      behaviorText: 'I pause before I answer',
      self: 2,
      others: { n: 3, mean: 4 },
    });
  });

  test('a behavior fewer than k people rated shows the self-rating only', () => {
    const results = releasedRound(
      [pause, summarize],
      [
        ['peer', { [pause.id]: 4, [summarize.id]: 2 }],
        ['peer', { [pause.id]: 5, [summarize.id]: null }],
        ['peer', { [pause.id]: 3, [summarize.id]: null }],
      ],
    );
    expect(selfVsOthers(competency, { summarize: 3 }, results)[1]).toMatchObject({ self: 3, others: null });
  });

  test('before the listening round is released only self-ratings are shown', () => {
    const rows = selfVsOthers(competency, { pause: 4 }, null);
    expect(rows.map((row) => [row.self, row.others])).toEqual([
      [4, null],
      [null, null],
    ]);
  });
});
