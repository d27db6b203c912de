import type { TextQuestion } from '../../../shared/questions';
import type { TextResult } from '../../../shared/round-results';
import type { RoundResponse } from './round-responses.models';
import { shuffle } from './shuffle.models';

export function releaseTextResult(
  question: TextQuestion,
  responses: RoundResponse[],
  random: () => number,
): TextResult {
  const texts = responses.flatMap(({ answers }) => {
    const text = textOf(answers[question.id]);
    return text === null ? [] : [text];
  });
  // Sorting first makes the shuffle's input independent of the order responses arrived in,
  // so even a weak random source cannot leak who answered first.
  const answers = shuffle(texts.sort(), random);
  return { questionId: question.id, prompt: question.prompt, answers };
}

export function textOf(answer: unknown): string | null {
  if (typeof answer !== 'string') return null;
  const text = answer.trim();
  return text === '' ? null : text;
}
