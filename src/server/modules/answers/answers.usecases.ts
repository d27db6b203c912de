import type { CurrentUser } from '../../../shared/accounts';
import type { AnswerPage, SubmitAnswersInput } from '../../../shared/rounds';
import type { AppDeps } from '../../deps';
import { conflict, gone, invalid } from '../../errors';
import { hashToken, newId, secureRandom } from '../../security/tokens';
import { feedforwardHint } from '../feedforward/feedforward-hints.models';
import { rateLimitRules } from '../rate-limits/rate-limits.usecases';
import { checkAnswers } from '../rounds/answers-validation.models';
import { dayOf, roundClosesAt } from '../rounds/round-schedule.models';
import type { RoundRow } from '../rounds/rounds.repository';
import { requireOwnRound } from '../rounds/rounds.usecases';
import { shuffle } from '../rounds/shuffle.models';
import { questionsOf } from '../rounds/stored-round';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now' | 'textAnalysis' | 'stakeholderRateLimiter'>;

const linkProblem = 'This link is not valid. Check that you copied all of it, or ask for a new one.';

/** Open, and its closing moment not yet come: the job that closes it may not have run yet. */
const isTakingAnswers = <R extends Pick<RoundRow, 'status' | 'closes_on'>>(
  deps: Deps,
  round: R | undefined,
): round is R => round?.status === 'open' && deps.now() < roundClosesAt(round.closes_on);

const roundClosed = () =>
  gone('round_closed', 'This round has closed, so answers are no longer taken. Thank you all the same.');

/** The invitation behind a link, refused with a clear reason when it can no longer be used. */
async function openInvitation(deps: Deps, token: string | undefined) {
  const invitation = token ? await deps.repos.rounds.findInvitationByTokenHash(hashToken(token)) : undefined;
  if (!invitation) throw gone('answer_link_invalid', linkProblem);
  const round = await deps.repos.rounds.findRound(invitation.round_id);
  if (!isTakingAnswers(deps, round)) throw roundClosed();
  if (invitation.answered === 1) {
    throw conflict(
      'already_answered',
      'You have already answered through this link. Answers cannot be changed.',
    );
  }
  return { invitation, round };
}

export type AnswerLinkCheck = 'valid' | 'invalid' | 'leaders_own';

/**
 * Whether a link can open the answer form. A leader signed in on this browser who opens a link of
 * their own round gets 'leaders_own' whatever the link's state, so their usual browser never shows
 * them whether that person answered, nor lets them answer in that person's place.
 */
export async function checkAnswerLink(
  deps: Deps,
  token: string,
  viewer: CurrentUser | null,
): Promise<AnswerLinkCheck> {
  const invitation = await deps.repos.rounds.findInvitationByTokenHash(hashToken(token));
  if (!invitation) return 'invalid';
  if (viewer && (await isOwnRound(deps, viewer, invitation.round_id))) return 'leaders_own';
  return 'valid';
}

const isOwnRound = (deps: Deps, viewer: CurrentUser, roundId: string) =>
  requireOwnRound(deps, viewer, roundId).then(
    () => true,
    () => false,
  );

export async function getAnswerPage(deps: Deps, token: string | undefined): Promise<AnswerPage> {
  const { invitation, round } = await openInvitation(deps, token);
  const cycle = await deps.repos.cycles.findById(round.cycle_id);
  const leader = cycle && (await deps.repos.accounts.findUserById(cycle.leader_id));
  if (!cycle || !leader) throw gone('answer_link_invalid', linkProblem);
  return {
    leaderName: leader.name,
    kind: round.kind as AnswerPage['kind'],
    intro: round.intro,
    goal: cycle.goal,
    closesOn: round.closes_on,
    questions: questionsOf(round),
    canBeNamed: invitation.relationship_group === 'manager',
    anonymityK: round.anonymity_k,
  };
}

/**
 * Stores one anonymous response. The row keeps the round, the relationship group, the answers and
 * the day — no reference to the invitation, the person, the address or the time of day.
 */
export async function submitAnswers(
  deps: Deps,
  token: string | undefined,
  input: SubmitAnswersInput,
  clientKey: string,
) {
  deps.stakeholderRateLimiter.enforce(rateLimitRules.answersPerClient, clientKey);
  const { invitation, round } = await openInvitation(deps, token);
  const checked = checkAnswers(questionsOf(round), input.answers);
  if (!checked.ok) throw invalid('invalid_answer', checked.message, checked.field);
  const namedManager = input.showMyName === true && invitation.relationship_group === 'manager';
  await deps.transact(async (repos) => {
    // Checked again under the round's lock: a close that came after the check above wins.
    if (!isTakingAnswers(deps, await repos.rounds.lockRound(round.id))) throw roundClosed();
    if (!(await repos.rounds.markAnswered(invitation.id, round.id))) {
      throw conflict(
        'already_answered',
        'You have already answered through this link. Answers cannot be changed.',
      );
    }
    const response = {
      id: newId(),
      round_id: round.id,
      relationship_group: invitation.relationship_group,
      named_manager: namedManager ? 1 : 0,
      answers: JSON.stringify(checked.answers),
      submitted_on: dayOf(deps.now()),
    };
    // Stored in a random place among the round's responses, so row order never shows who came when.
    const existing = await repos.rounds.listResponses(round.id);
    await repos.rounds.replaceResponses(round.id, shuffle([...existing, response], secureRandom));
  });
}

/** The feedforward coach: a hint while typing, for someone holding a live link only. */
export async function hintForSuggestion(
  deps: Deps,
  token: string | undefined,
  text: string,
  clientKey: string,
) {
  deps.stakeholderRateLimiter.enforce(rateLimitRules.hintsPerClient, clientKey);
  await openInvitation(deps, token);
  return feedforwardHint(text, deps.textAnalysis());
}
