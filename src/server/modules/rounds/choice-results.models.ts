import type { ChoiceQuestion } from '../../../shared/questions';
import type { ChoiceResult } from '../../../shared/round-results';
import type { RoundResponse } from './round-responses.models';

export function releaseChoiceResult(
  question: ChoiceQuestion,
  responses: RoundResponse[],
  k: number,
): ChoiceResult {
  const chosen = responses.flatMap(({ answers }) => {
    const value = choiceValueOf(question, answers[question.id]);
    return value === null ? [] : [value];
  });
  const figure =
    chosen.length >= k
      ? {
          n: chosen.length,
          options: question.options.map(({ value, label }) => ({
            value,
            label,
            count: chosen.filter((picked) => picked === value).length,
          })),
        }
      : null;
  return { questionId: question.id, prompt: question.prompt, figure };
}

/** An answer that is not one of the question's options is treated as not answered. */
export function choiceValueOf(question: ChoiceQuestion, answer: unknown): string | null {
  return question.options.some(({ value }) => value === answer) ? (answer as string) : null;
}
