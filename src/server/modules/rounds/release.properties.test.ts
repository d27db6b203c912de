import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Question, RatingQuestion } from '../../../shared/questions';
import type { ReleasedResults } from '../../../shared/round-results';
import { type GeneratedRound, propertyQuestions, roundArbitrary } from './release.arbitraries';
import { seededRandom } from './release.fixtures';
import { releaseRoundResults } from './release.models';
import type { RoundResponse } from './round-responses.models';

// The rules are re-derived here from the raw responses, independently of the code under test.

const manyRounds = { numRuns: 3000 };
const closedRounds = roundArbitrary(fc.constant('closed'));
const anyRounds = roundArbitrary(fc.constantFrom('open', 'closed'));

function releaseGenerated({ round, k, seed }: GeneratedRound) {
  return releaseRoundResults(round, k, seededRandom(seed));
}

/** Runs the check on released rounds only; rounds that stay hidden are checked by other properties. */
function onRelease(check: (results: ReleasedResults, generated: GeneratedRound) => void) {
  return (generated: GeneratedRound) => {
    const results = releaseGenerated(generated);
    if (results.released) check(results, generated);
  };
}

function anonymousOf(responses: RoundResponse[]): RoundResponse[] {
  return responses.filter(({ namedManager }) => !namedManager);
}

function ratersOf(question: RatingQuestion, responses: RoundResponse[]) {
  return anonymousOf(responses).flatMap(({ group, answers }) => {
    const value = answers[question.id];
    const rated =
      typeof value === 'number' && Number.isInteger(value) && value >= question.min && value <= question.max;
    return rated ? [{ group, value }] : [];
  });
}

function questionById(id: string): Question {
  const question = propertyQuestions.find((candidate) => candidate.id === id);
  if (question === undefined) throw new Error(`No question ${id}`);
  return question;
}

function ratingQuestion(id: string): RatingQuestion {
  const question = questionById(id);
  if (question.kind !== 'rating') throw new Error(`${id} is not a rating`);
  return question;
}

function textsOf(questionId: string, responses: RoundResponse[]): string[] {
  return responses.flatMap(({ answers }) => {
    const answer = answers[questionId];
    return typeof answer === 'string' && answer.trim() !== '' ? [answer.trim()] : [];
  });
}

describe('releasing thousands of random rounds', () => {
  test('every displayed figure rests on at least k people who actually rated or chose', () => {
    fc.assert(
      fc.property(
        closedRounds,
        onRelease((results, { round, k }) => {
          for (const rating of results.ratings) {
            const raters = ratersOf(ratingQuestion(rating.questionId), round.responses);
            expect(rating.overall === null).toBe(raters.length < k);
            if (rating.overall) expect(rating.overall.n).toBe(raters.length);
            for (const { groups } of rating.byGroup) {
              expect(raters.filter(({ group }) => groups.includes(group)).length).toBeGreaterThanOrEqual(k);
            }
          }
          for (const { figure } of results.choices) {
            if (figure) expect(figure.n).toBeGreaterThanOrEqual(k);
          }
        }),
      ),
      manyRounds,
    );
  });

  test('each figure is computed from exactly the ratings it claims to rest on', () => {
    fc.assert(
      fc.property(
        closedRounds,
        onRelease((results, { round }) => {
          for (const rating of results.ratings) {
            const raters = ratersOf(ratingQuestion(rating.questionId), round.responses);
            const meanOf = (values: number[]) =>
              values.reduce((sum, value) => sum + value, 0) / values.length;
            if (rating.overall) {
              expect(rating.overall.mean).toBeCloseTo(meanOf(raters.map(({ value }) => value)), 9);
              const counted = rating.overall.distribution.reduce((sum, { count }) => sum + count, 0);
              expect(counted).toBe(rating.overall.n);
            }
            for (const { groups, figure } of rating.byGroup) {
              const values = raters.filter(({ group }) => groups.includes(group)).map(({ value }) => value);
              // Group means are rounded to one decimal, so they do not give away their count.
              expect(Math.abs(figure.mean - meanOf(values))).toBeLessThanOrEqual(0.05 + 1e-9);
            }
          }
        }),
      ),
      manyRounds,
    );
  });

  test('a group figure carries no count of people and no distribution', () => {
    fc.assert(
      fc.property(
        closedRounds,
        onRelease((results) => {
          for (const rating of results.ratings)
            for (const { figure } of rating.byGroup)
              expect(Object.keys(figure).sort()).toEqual(['mean', 'shareImproved']);
        }),
      ),
      manyRounds,
    );
  });

  test('a breakdown is all or nothing: its groups hold every rater of the question, each group at least k', () => {
    fc.assert(
      fc.property(
        closedRounds,
        onRelease((results, { round, k }) => {
          for (const rating of results.ratings) {
            if (rating.byGroup.length === 0) continue;
            const raters = ratersOf(ratingQuestion(rating.questionId), round.responses);
            const listed = rating.byGroup.flatMap(({ groups }) => groups);
            expect(new Set(listed).size).toBe(listed.length);
            // Nothing is left over for "overall minus the shown groups" to reveal.
            for (const { group } of raters) expect(listed).toContain(group);
            for (const { groups } of rating.byGroup)
              expect(raters.filter(({ group }) => groups.includes(group)).length).toBeGreaterThanOrEqual(k);
          }
        }),
      ),
      manyRounds,
    );
  });

  test("which groups a breakdown shows never depends on who answered or said don't know", () => {
    fc.assert(
      fc.property(closedRounds, fc.integer(), (generated, dropSeed) => {
        const drop = seededRandom(dropSeed);
        // The same invitations, with some people not answering and others answering "don't know".
        const fewer = generated.round.responses
          .filter(() => drop() > 0.3)
          .map((response) => ({
            ...response,
            answers: Object.fromEntries(
              Object.entries(response.answers).map(([id, answer]) => [id, drop() > 0.3 ? answer : null]),
            ),
          }));
        const shapes = new Set<string>();
        for (const responses of [generated.round.responses, fewer]) {
          const results = releaseGenerated({ ...generated, round: { ...generated.round, responses } });
          if (!results.released) continue;
          for (const { byGroup } of results.ratings) {
            if (byGroup.length > 0)
              shapes.add(JSON.stringify(byGroup.map(({ label, groups }) => [label, groups])));
          }
        }
        expect(shapes.size).toBeLessThanOrEqual(1);
      }),
      manyRounds,
    );
  });

  test('no hidden group can be isolated: a merged figure always spans at least two groups that were invited', () => {
    fc.assert(
      fc.property(
        closedRounds,
        onRelease((results, { round }) => {
          for (const rating of results.ratings) {
            for (const { groups } of rating.byGroup.filter(({ groups }) => groups.length > 1)) {
              const invited = groups.filter((group) => (round.invited[group] ?? 0) > 0);
              expect(invited.length).toBeGreaterThanOrEqual(2);
            }
          }
        }),
      ),
      manyRounds,
    );
  });

  test('texts are exactly the non-empty anonymous answers, in some order', () => {
    fc.assert(
      fc.property(
        closedRounds,
        onRelease((results, { round }) => {
          for (const { questionId, answers } of results.texts) {
            const expected = textsOf(questionId, anonymousOf(round.responses));
            expect([...answers].sort()).toEqual(expected.sort());
          }
        }),
      ),
      manyRounds,
    );
  });

  test('no text is released beside any rating, choice or group of the response it came from', () => {
    fc.assert(
      fc.property(
        closedRounds,
        onRelease((results, { round }) => {
          const { texts, namedManager: _named, ...figures } = results;
          const serializedFigures = JSON.stringify(figures);
          expect(serializedFigures).not.toContain('text-');
          for (const text of texts)
            expect(Object.keys(text).sort()).toEqual(['answers', 'prompt', 'questionId']);
          const serializedTexts = JSON.stringify(texts);
          const namedResponses = round.responses.filter(({ namedManager }) => namedManager);
          for (const named of namedResponses.flatMap(({ answers }) => Object.values(answers))) {
            if (typeof named === 'string' && named.trim() !== '')
              expect(serializedTexts).not.toContain(named.trim());
          }
        }),
      ),
      manyRounds,
    );
  });

  test('the same responses in a different order release the same results', () => {
    fc.assert(
      fc.property(anyRounds, fc.integer(), (generated, orderSeed) => {
        const orderRandom = seededRandom(orderSeed);
        const reordered = generated.round.responses
          .map((response) => ({ response, key: orderRandom() }))
          .sort((a, b) => a.key - b.key)
          .map(({ response }) => response);
        const original = releaseGenerated(generated);
        const shuffled = releaseGenerated({
          ...generated,
          round: { ...generated.round, responses: reordered },
        });
        expect(shuffled).toEqual(original);
      }),
      manyRounds,
    );
  });

  test('an open round never releases anything beyond the count', () => {
    fc.assert(
      fc.property(roundArbitrary(fc.constant('open')), (generated) => {
        expect(releaseGenerated(generated)).toStrictEqual({
          released: false,
          reason: 'open',
          responseCount: generated.round.responses.length,
          k: generated.k,
        });
      }),
      manyRounds,
    );
  });

  test('a closed round is released exactly when k responses arrived besides any named manager', () => {
    fc.assert(
      fc.property(closedRounds, (generated) => {
        const results = releaseGenerated(generated);
        const anonymousCount = anonymousOf(generated.round.responses).length;
        expect(results.released).toBe(anonymousCount >= generated.k);
        expect(results.responseCount).toBe(generated.round.responses.length);
      }),
      manyRounds,
    );
  });

  test("a named manager's answers change no released figure", () => {
    fc.assert(
      fc.property(closedRounds, (generated) => {
        const withoutNamed = anonymousOf(generated.round.responses);
        const withNamed = releaseGenerated(generated);
        const alone = releaseGenerated({
          ...generated,
          round: { ...generated.round, responses: withoutNamed },
        });
        if (!withNamed.released || !alone.released) {
          expect(withNamed.released).toBe(alone.released);
          return;
        }
        expect([withNamed.ratings, withNamed.texts, withNamed.choices]).toEqual([
          alone.ratings,
          alone.texts,
          alone.choices,
        ]);
        expect(withNamed.namedManager?.length ?? 0).toBe(
          generated.round.responses.length - withoutNamed.length,
        );
      }),
      manyRounds,
    );
  });
});
