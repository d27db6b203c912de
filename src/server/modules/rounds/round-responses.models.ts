import type { Answers, Question, RelationshipGroup } from '../../../shared/questions';

/** A stored response as release sees it: its relationship group and answers, nothing that names its author. */
export type RoundResponse = {
  group: RelationshipGroup;
  /** The leader's manager chose, on the form, to be shown by name. */
  namedManager: boolean;
  answers: Answers;
};

export type RoundForRelease = {
  status: 'open' | 'closed';
  questions: Question[];
  responses: RoundResponse[];
};
