import type { Answers, Question } from '../../../shared/questions';

export type AnswersCheck = { ok: true; answers: Answers } | { ok: false; field: string; message: string };

/**
 * Checks a submission against the round's snapshotted questions and keeps only known answers, so
 * nothing extra (a name, a hidden field) can ride along into the response row.
 */
export function checkAnswers(questions: readonly Question[], submitted: Answers): AnswersCheck {
  const answers: Answers = {};
  for (const question of questions) {
    const value = submitted[question.id];
    const field = `answers.${question.id}`;
    if (question.kind === 'rating') {
      if (value === undefined || value === null) {
        if (question.unknownLabel === null) return { ok: false, field, message: 'Choose a rating' };
        answers[question.id] = null;
        continue;
      }
      if (
        typeof value !== 'number' ||
        !Number.isInteger(value) ||
        value < question.min ||
        value > question.max
      ) {
        return { ok: false, field, message: `Choose a rating from ${question.min} to ${question.max}` };
      }
      answers[question.id] = value;
    } else if (question.kind === 'text') {
      const text = typeof value === 'string' ? value.trim() : '';
      if (value !== undefined && value !== null && typeof value !== 'string') {
        return { ok: false, field, message: 'This answer must be text' };
      }
      if (question.required && text === '')
        return { ok: false, field, message: 'Please write an answer here' };
      if (text.length > question.maxLength) {
        return { ok: false, field, message: `Keep this under ${question.maxLength} characters` };
      }
      if (text !== '') answers[question.id] = text;
    } else {
      if (!question.options.some((option) => option.value === value)) {
        return { ok: false, field, message: 'Choose one of the options' };
      }
      answers[question.id] = value as string;
    }
  }
  return { ok: true, answers };
}
