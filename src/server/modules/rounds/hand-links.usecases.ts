import { answeringTime, minutesToAnswer } from '../../../shared/answering-time';
import type { RoundKind } from '../../../shared/cycles';
import { localeOr } from '../../../shared/i18n/locales';
import type { Question, RelationshipGroup } from '../../../shared/questions';
import type { InvitationLink, LinksToHandOut } from '../../../shared/rounds';
import type { AppDeps } from '../../deps';
import type { Repositories } from '../../repositories';
import { hashToken, newToken } from '../../security/tokens';
import { answerLink } from './answer-links.models';
import type { RoundRow } from './rounds.repository';

type Deps = Pick<AppDeps, 'config'>;

export type HandDeliveredInvitee = {
  id: string;
  name: string;
  email: string | null;
  relationship_group: string;
};

/**
 * One fresh link per relationship group among these people, the same for everyone of the group
 * (decision 0019). Only its hash is stored, with no time; earlier links of the round keep working.
 */
export async function handOutGroupLinks(
  deps: Deps,
  repos: Repositories,
  roundId: string,
  invitees: readonly HandDeliveredInvitee[],
): Promise<InvitationLink[]> {
  const urls = new Map<string, string>();
  for (const group of new Set(invitees.map((invitee) => invitee.relationship_group))) {
    const token = newToken();
    await repos.roundLinks.insertLink({
      token_hash: hashToken(token),
      round_id: roundId,
      relationship_group: group,
    });
    urls.set(group, answerLink(deps.config.BASE_URL, token));
  }
  return invitees.map((invitee) => ({
    stakeholderId: invitee.id,
    name: invitee.name,
    email: invitee.email,
    relationshipGroup: invitee.relationship_group as RelationshipGroup,
    url: urls.get(invitee.relationship_group) as string,
  }));
}

/** The links with what the leader's ready messages say about the round. */
export function linksToHandOut(
  round: Pick<RoundRow, 'id' | 'kind' | 'closes_on' | 'anonymity_k' | 'questions' | 'language'>,
  leaderName: string,
  links: InvitationLink[],
): LinksToHandOut {
  const questions = JSON.parse(round.questions) as Question[];
  return {
    roundId: round.id,
    leaderName,
    kind: round.kind as RoundKind,
    closesOn: round.closes_on,
    anonymityK: round.anonymity_k,
    answeringTime: answeringTime(questions),
    minutesToAnswer: minutesToAnswer(questions),
    language: localeOr(round.language),
    links,
  };
}
