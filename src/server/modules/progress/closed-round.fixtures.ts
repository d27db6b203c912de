import type { Answers, Question, RelationshipGroup } from '../../../shared/questions';
import type { Repositories } from '../../repositories';
import { newId } from '../../security/tokens';

/**
 * A closed round stored as the app stores one, for kinds the HTTP API may not open yet
 * (mini-surveys) and for exact answers without walking every stakeholder through a link.
 */
export async function storeClosedRound(
  repos: Repositories,
  options: {
    cycleId: string;
    kind: 'listening' | 'mini_survey';
    questions: Question[];
    answers: [RelationshipGroup, Answers][];
    closedAt: string;
  },
): Promise<string> {
  const id = newId();
  await repos.rounds.insertRound({
    id,
    cycle_id: options.cycleId,
    kind: options.kind,
    status: 'closed',
    intro: 'How have I changed?',
    questions: JSON.stringify(options.questions),
    anonymity_k: 3,
    opened_at: options.closedAt,
    closes_on: options.closedAt.slice(0, 10),
    closes_at: options.closedAt,
    closed_at: options.closedAt,
    thanked_at: null,
  });
  for (const [group, answers] of options.answers) {
    // Everyone who answered was invited: the breakdown's groups are decided from invitations.
    await repos.rounds.insertInvitation(
      {
        id: newId(),
        round_id: id,
        stakeholder_id: null,
        relationship_group: group,
        answered: 1,
        mailed_to: null,
      },
      newId(),
    );
    await repos.rounds.insertResponse({
      id: newId(),
      round_id: id,
      relationship_group: group,
      named_manager: 0,
      answers: JSON.stringify(answers),
    });
  }
  return id;
}
