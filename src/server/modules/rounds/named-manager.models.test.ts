import { describe, expect, test } from 'vitest';
import {
  changeRating,
  closedRound,
  feedforwardText,
  followUpChoice,
  k,
  listeningRating,
  release,
  responseFrom,
  seededRandom,
  threeDirectReports,
} from './release.fixtures';
import { releaseRoundResults } from './release.models';

describe('a manager shown by name', () => {
  const namedManager = responseFrom(
    'manager',
    { listening: 1, change: -3, feedforward: 'Delegate the roadmap', 'follow-up': 'often' },
    true,
  );

  test("a named manager's answer is kept out of the aggregates", () => {
    const results = release([...threeDirectReports, namedManager]);
    expect(results.ratings.map(({ overall }) => overall?.n)).toEqual([3, 3]);
    expect(results.ratings[0]?.overall?.mean).toBe(4);
    expect(results.texts[0]?.answers).not.toContain('Delegate the roadmap');
    expect(results.choices[0]?.figure?.n).toBe(3);
  });

  test("a named manager's answer is shown on its own", () => {
    expect(release([...threeDirectReports, namedManager]).namedManager).toEqual([
      {
        answers: [
          { questionId: listeningRating.id, kind: 'rating', prompt: listeningRating.prompt, answer: 1 },
          { questionId: changeRating.id, kind: 'rating', prompt: changeRating.prompt, answer: -3 },
          {
            questionId: feedforwardText.id,
            kind: 'text',
            prompt: feedforwardText.prompt,
            answer: 'Delegate the roadmap',
          },
          { questionId: followUpChoice.id, kind: 'choice', prompt: followUpChoice.prompt, answer: 'Often' },
        ],
      },
    ]);
  });

  test('no named section appears when no manager chose to be named', () => {
    expect(release(threeDirectReports).namedManager).toBeNull();
  });

  test("the aggregates must reach k without the named manager's answer", () => {
    const round = closedRound([...threeDirectReports.slice(0, 2), namedManager]);
    expect(releaseRoundResults(round, k, seededRandom(1))).toEqual({
      released: false,
      reason: 'too-few',
      responseCount: 3,
      k,
    });
  });

  test('a manager who stays anonymous is counted like anyone else', () => {
    const anonymousManager = { ...namedManager, namedManager: false };
    const results = release([...threeDirectReports.slice(0, 2), anonymousManager]);
    expect(results.ratings[0]?.overall?.n).toBe(3);
    expect(results.namedManager).toBeNull();
  });
});
