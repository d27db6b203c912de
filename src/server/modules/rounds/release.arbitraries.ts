import fc from 'fast-check';
import type { Answers, Question, RelationshipGroup } from '../../../shared/questions';
import { changeRating, feedforwardText, followUpChoice, listeningRating } from './release.fixtures';
import type { RoundForRelease, RoundResponse } from './round-responses.models';

/**
 * Random rounds for the property tests: random k, group sizes, people invited who never answered,
 * don't-knows, stray answers and named managers.
 */

export const propertyQuestions: Question[] = [
  listeningRating,
  changeRating,
  { ...listeningRating, id: 'delegating', unknownLabel: null, subject: 'Delegates outcomes' },
  feedforwardText,
  { ...feedforwardText, id: 'keep', prompt: 'What should Ana keep doing?' },
  followUpChoice,
];

/** Every generated text embeds this marker, replaced by a token naming its response and question. */
const textMarker = 'TEXT';

export function textToken(responseIndex: number, questionId: string): string {
  return `text-${responseIndex}-${questionId}`;
}

export type GeneratedRound = { k: number; round: RoundForRelease; seed: number };

export function roundArbitrary(status: fc.Arbitrary<'open' | 'closed'>): fc.Arbitrary<GeneratedRound> {
  return fc
    .record({
      k: fc.integer({ min: 3, max: 10 }),
      status,
      seed: fc.integer(),
      sizes: fc.record({
        direct_report: fc.nat({ max: 14 }),
        peer: fc.nat({ max: 10 }),
        manager: fc.nat({ max: 3 }),
        other: fc.nat({ max: 6 }),
      }),
      // People invited who never answered: the breakdown is shaped by these too.
      absent: fc.record({
        direct_report: fc.nat({ max: 3 }),
        peer: fc.nat({ max: 3 }),
        manager: fc.nat({ max: 2 }),
        other: fc.nat({ max: 3 }),
      }),
      namedManagers: fc.oneof(
        { weight: 3, arbitrary: fc.constant(0) },
        { weight: 2, arbitrary: fc.constant(1) },
        { weight: 1, arbitrary: fc.constant(2) },
      ),
    })
    .chain(({ k, status, seed, sizes, absent, namedManagers }) => {
      const authors = authorsOf(sizes, namedManagers);
      const invited = {
        direct_report: sizes.direct_report + absent.direct_report,
        peer: sizes.peer + absent.peer,
        manager: sizes.manager + namedManagers + absent.manager,
        other: sizes.other + absent.other,
      };
      const count = authors.length;
      return fc
        .tuple(
          fc.array(answersArbitrary, { minLength: count, maxLength: count }),
          fc.shuffledSubarray([...authors.keys()], { minLength: count, maxLength: count }),
        )
        .map(([answers, arrivalOrder]): GeneratedRound => {
          const responses = arrivalOrder.map((author, index) => ({
            ...(authors[author] as Omit<RoundResponse, 'answers'>),
            answers: withTextTokens(answers[index] as Answers, index),
          }));
          return { k, seed, round: { status, questions: propertyQuestions, invited, responses } };
        });
    });
}

function authorsOf(
  sizes: Record<RelationshipGroup, number>,
  namedManagers: number,
): Omit<RoundResponse, 'answers'>[] {
  const anonymous = Object.entries(sizes).flatMap(([group, size]) =>
    Array.from({ length: size }, () => ({ group: group as RelationshipGroup, namedManager: false })),
  );
  const named = Array.from({ length: namedManagers }, () => ({
    group: 'manager' as const,
    namedManager: true,
  }));
  return [...anonymous, ...named];
}

function withTextTokens(answers: Answers, responseIndex: number): Answers {
  return Object.fromEntries(
    Object.entries(answers).map(([questionId, answer]) => [
      questionId,
      typeof answer === 'string' ? answer.replace(textMarker, textToken(responseIndex, questionId)) : answer,
    ]),
  );
}

const answersArbitrary: fc.Arbitrary<Answers> = fc
  .tuple(...propertyQuestions.map(answerArbitrary))
  .map((answers) =>
    Object.fromEntries(
      propertyQuestions.flatMap((question, index) => {
        const answer = answers[index];
        return answer === undefined ? [] : [[question.id, answer]];
      }),
    ),
  );

/** Mostly real answers, with don't-knows, skipped questions and the odd stray value. */
function answerArbitrary(question: Question): fc.Arbitrary<number | string | null | undefined> {
  const notAnswered = [
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  ];
  switch (question.kind) {
    case 'rating':
      return fc.oneof(
        { weight: 6, arbitrary: fc.integer({ min: question.min, max: question.max }) },
        ...notAnswered,
        { weight: 1, arbitrary: fc.constantFrom(question.min - 1, question.max + 1, 2.5, 'four') },
      );
    case 'text':
      return fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(textMarker, `  ${textMarker} `) },
        { weight: 1, arbitrary: fc.constantFrom('', '   ') },
        ...notAnswered,
      );
    case 'choice':
      return fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...question.options.map(({ value }) => value)) },
        ...notAnswered,
        { weight: 1, arbitrary: fc.constantFrom('not-an-option', 3) },
      );
  }
}
