import type { Answers, Question, RelationshipGroup } from '../../../shared/questions';

/** A stored response as release sees it: its relationship group and answers, nothing that names its author. */
export type RoundResponse = {
  group: RelationshipGroup;
  /** The leader's manager chose, on the form, to be shown by name. */
  namedManager: boolean;
  answers: Answers;
};

/** How many people of each relationship group were invited: the only input that shapes a breakdown. */
export type InvitedGroups = Partial<Record<RelationshipGroup, number>>;

export type RoundForRelease = {
  status: 'open' | 'closed';
  questions: Question[];
  invited: InvitedGroups;
  responses: RoundResponse[];
};
