import type { Answers, Question, RelationshipGroup } from '../../../shared/questions';
import { answersOf } from './stored-round';

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
