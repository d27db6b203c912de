import type { Question } from '../../../shared/questions';
import type { NamedManagerResponse } from '../../../shared/round-results';
import { choiceValueOf } from './choice-results.models';
import { ratingValueOf } from './rating-results.models';
import type { RoundResponse } from './round-responses.models';
import { textOf } from './text-results.models';

/** Sorted by content: the order named answers arrived in is none of the leader's business either. */
export function namedManagerResponsesOf(
  questions: Question[],
  named: RoundResponse[],
): NamedManagerResponse[] {
  return named
    .map((response) => namedManagerResponseOf(questions, response))
    .map((response) => ({ response, key: JSON.stringify(response) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ response }) => response);
}

function namedManagerResponseOf(questions: Question[], response: RoundResponse): NamedManagerResponse {
  return {
    answers: questions.map((question) => ({
      questionId: question.id,
      kind: question.kind,
      prompt: question.prompt,
      answer: namedAnswerOf(question, response.answers[question.id]),
    })),
  };
}

function namedAnswerOf(question: Question, answer: unknown): number | string | null {
  switch (question.kind) {
    case 'rating':
      return ratingValueOf(question, answer);
    case 'text':
      return textOf(answer);
    case 'choice': {
      const value = choiceValueOf(question, answer);
      return question.options.find((option) => option.value === value)?.label ?? null;
    }
  }
}
