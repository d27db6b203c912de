import { z } from 'zod';
import {
  type Answers,
  answersSchema,
  type Question,
  questionSchema,
  type RelationshipGroup,
} from '../../../shared/questions';
import { keptStoredJsonReader, readStoredJson } from '../../db/stored-json';
import type { InvitedGroups, RoundForRelease } from './round-responses.models';

const readQuestions = keptStoredJsonReader(z.array(questionSchema));

/** The questions snapshotted into the round when it opened. */
export function questionsOf(round: { id: string; questions: string }): Question[] {
  return readQuestions(round.questions, `questions of round ${round.id}`);
}

/** One response's answers, keyed by question id. */
export function answersOf(response: { answers: string }): Answers {
  return readStoredJson(answersSchema, response.answers, 'answers of a response');
}

/** A response as stored: answers as JSON text, the named-manager choice as 0 or 1. */
type StoredResponse = { relationship_group: string; named_manager: number; answers: string };

/** A round and its stored responses, read the one way every release of them starts from. */
export function roundForRelease(
  round: { status: 'open' | 'closed'; questions: Question[]; invited: InvitedGroups },
  responses: StoredResponse[],
): RoundForRelease {
  return {
    ...round,
    responses: responses.map((response) => ({
      group: response.relationship_group as RelationshipGroup,
      namedManager: response.named_manager === 1,
      answers: answersOf(response),
    })),
  };
}
