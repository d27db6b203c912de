import { describe, expect, test } from 'vitest';
import type { Question } from '../../../shared/questions';
import { checkAnswers } from './answers-validation.models';

const questions: Question[] = [
  {
    id: 'r',
    kind: 'rating',
    prompt: 'R',
    min: 1,
    max: 5,
    minLabel: '',
    maxLabel: '',
    unknownLabel: "Don't know",
    subject: 'x',
  },
  { id: 't', kind: 'text', prompt: 'T', maxLength: 10, required: true, feedforward: true },
  { id: 'o', kind: 'text', prompt: 'O', maxLength: 10, required: false, feedforward: false },
];

describe('checking a stakeholder submission', () => {
  test('keeps only answers to the round’s questions, so nothing else can ride along', () => {
    const result = checkAnswers(questions, { r: 4, t: 'Be there', name: 'Ada', o: '' });
    expect(result).toEqual({ ok: true, answers: { r: 4, t: 'Be there' } });
  });

  test('a missing rating counts as "don\'t know"', () => {
    expect(checkAnswers(questions, { t: 'Idea' })).toEqual({ ok: true, answers: { r: null, t: 'Idea' } });
  });

  test('a rating off the scale is refused with the question named', () => {
    expect(checkAnswers(questions, { r: 6, t: 'Idea' })).toEqual({
      ok: false,
      field: 'answers.r',
      message: 'Choose a rating from 1 to 5',
    });
  });

  test('a required suggestion must be written', () => {
    expect(checkAnswers(questions, { r: 3, t: '   ' })).toMatchObject({ ok: false, field: 'answers.t' });
  });

  test('a text longer than allowed is refused', () => {
    expect(checkAnswers(questions, { t: 'x'.repeat(11) })).toMatchObject({ ok: false, field: 'answers.t' });
  });
});
