import { describe, expect, test } from 'vitest';
import {
  changeRating,
  closedRound,
  followUpChoice,
  invitedOf,
  k,
  release,
  responseFrom,
  sampleQuestions,
  seededRandom,
  threeDirectReports,
} from './release.fixtures';
import { releaseRoundResults } from './release.models';

describe('releasing a round', () => {
  test('results stay hidden while the round is open, showing only how many responses arrived', () => {
    const open = {
      status: 'open' as const,
      questions: sampleQuestions,
      invited: invitedOf(threeDirectReports),
      responses: threeDirectReports,
    };
    expect(releaseRoundResults(open, k, seededRandom(1))).toEqual({
      released: false,
      reason: 'open',
      responseCount: 3,
      k,
    });
  });

  test('a closed round with fewer than k responses releases nothing', () => {
    expect(releaseRoundResults(closedRound(threeDirectReports.slice(0, 2)), k, seededRandom(1))).toEqual({
      released: false,
      reason: 'too-few',
      responseCount: 2,
      k,
    });
  });

  test('a threshold below the floor of 3 is refused', () => {
    expect(() => releaseRoundResults(closedRound(threeDirectReports), 2, seededRandom(1))).toThrow(
      RangeError,
    );
  });

  test('a rating shows its number of raters, mean and distribution once k people rated it', () => {
    const listening = release(threeDirectReports).ratings[0];
    expect(listening?.overall).toEqual({
      n: 3,
      mean: 4,
      distribution: [
        { value: 1, count: 0 },
        { value: 2, count: 0 },
        { value: 3, count: 1 },
        { value: 4, count: 1 },
        { value: 5, count: 1 },
      ],
      shareImproved: null,
    });
  });

  test('a change question shows the share of raters at +1 or better', () => {
    const change = release(threeDirectReports).ratings.find(
      ({ questionId }) => questionId === changeRating.id,
    );
    expect(change?.overall?.shareImproved).toBeCloseTo(2 / 3);
  });

  test("don't know does not count toward k", () => {
    const withUnknown = [
      ...threeDirectReports.slice(0, 2),
      responseFrom('direct_report', { listening: null }),
    ];
    expect(release(withUnknown).ratings[0]?.overall).toBeNull();
  });

  test('a rating off the scale is treated as not rated', () => {
    const offScale = [...threeDirectReports.slice(0, 2), responseFrom('peer', { listening: 9, change: 1.5 })];
    const { ratings } = release(offScale);
    expect(ratings.map(({ overall }) => overall)).toEqual([null, null]);
  });

  test("a question shows no breakdown when one of the round's groups has fewer than k raters of it", () => {
    const peers = [
      responseFrom('peer', { listening: 2 }),
      responseFrom('peer', { listening: 3 }),
      responseFrom('peer', { listening: null }),
    ];
    const listening = release([...threeDirectReports, ...peers]).ratings[0];
    expect(listening?.overall?.n).toBe(5);
    expect(listening?.byGroup).toEqual([]);
  });

  test('a group below k is merged into Others with the next-smallest group', () => {
    const round = [
      ...threeDirectReports,
      ...threeDirectReports,
      responseFrom('peer', { listening: 1 }),
      responseFrom('peer', { listening: 2 }),
      responseFrom('peer', { listening: 3 }),
      responseFrom('other', { listening: 5 }),
    ];
    const breakdown = release(round).ratings[0]?.byGroup.map(({ label, figure }) => [label, figure]);
    // Means to one decimal and no count: 11 / 4 would say that four people rated.
    expect(breakdown).toEqual([
      ['Direct report', { mean: 4, shareImproved: null }],
      ['Others', { mean: 2.8, shareImproved: null }],
    ]);
  });

  test('the groups shown come from who was invited: a manager who did not answer still sits in Others', () => {
    const peers = [1, 2, 3].map((listening) => responseFrom('peer', { listening }));
    const invited = { direct_report: 3, peer: 3, manager: 1 };
    const withoutManager = release([...threeDirectReports, ...peers], seededRandom(1), invited);
    const withManager = release(
      [...threeDirectReports, ...peers, responseFrom('manager', { listening: 1 })],
      seededRandom(1),
      invited,
    );
    const labels = (results: typeof withManager) =>
      results.ratings[0]?.byGroup.map(({ label, groups }) => [label, groups]);
    expect(labels(withoutManager)).toEqual([
      ['Peer', ['peer']],
      ['Others', ['direct_report', 'manager', 'other']],
    ]);
    expect(labels(withManager)).toEqual(labels(withoutManager));
  });

  test('choice counts appear only when k people answered', () => {
    const twoAnswered = [
      ...threeDirectReports.slice(0, 2),
      responseFrom('peer', { listening: 3, 'follow-up': 'not-an-option' }),
    ];
    expect(release(twoAnswered).choices[0]?.figure).toBeNull();
    expect(release(threeDirectReports).choices[0]).toEqual({
      questionId: followUpChoice.id,
      prompt: followUpChoice.prompt,
      figure: {
        n: 3,
        options: [
          { value: 'never', label: 'Never', count: 1 },
          { value: 'once', label: 'Once', count: 1 },
          { value: 'often', label: 'Often', count: 1 },
        ],
      },
    });
  });
});
