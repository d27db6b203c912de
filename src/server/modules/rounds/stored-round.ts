import { z } from 'zod';
import { type Answers, answersSchema, type Question, questionSchema } from '../../../shared/questions';
import { readStoredJson } from '../../db/stored-json';

const questionsSchema = z.array(questionSchema);

/** The questions snapshotted into the round when it opened. */
export function questionsOf(round: { id: string; questions: string }): Question[] {
  return readStoredJson(questionsSchema, round.questions, `questions of round ${round.id}`);
}

/** One response's answers, keyed by question id. */
export function answersOf(response: { answers: string }): Answers {
  return readStoredJson(answersSchema, response.answers, 'answers of a response');
}
