import type { CurrentUser } from '../../../shared/accounts';
import type { AnswerPage, HintAnswer, LinkDelivery } from '../../../shared/answer-page';
import { localeOr } from '../../../shared/i18n/locales';
import type { SubmitAnswersInput } from '../../../shared/rounds';
import type { AppDeps } from '../../deps';
import { conflict, gone, invalid } from '../../errors';
import { hashToken, newId } from '../../security/tokens';
import { rateLimitRules } from '../rate-limits';
import type { RoundRow } from '../rounds';
import { requireOwnRound } from '../rounds';
import { checkAnswers, isBeforeClosing, questionsOf } from '../rounds/public.models';
import type { LinkWithRound, StoreOutcome } from './answers.repository';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now' | 'textPool' | 'stakeholderRateLimiter'>;

const linkProblem = 'This link is not valid. Check that you copied all of it, or ask for a new one.';

/** Open, and its closing moment not yet come: the job that closes it may not have run yet. */
const isTakingAnswers = <R extends Pick<RoundRow, 'status' | 'closes_at'>>(
  deps: Deps,
  round: R | undefined,
): round is R => round?.status === 'open' && isBeforeClosing(round, deps.now());

/** The rounds this browser answered through a group link, read from its cookie (decision 0019). */
export type AnsweredHere = readonly string[];

const withDelivery = (link: LinkWithRound) => ({
  ...link,
  delivery: link.invitationId === null ? ('group' as const) : ('mailed' as const),
});

/**
 * Whom a link opens the form for, with its round: one mailed person, or anyone of a group the
 * leader handed it to. One read.
 */
async function findLink(deps: Deps, token: string | undefined) {
  if (!token) return undefined;
  const link = await deps.repos.answers.findLink(hashToken(token));
  return link && withDelivery(link);
}

const roundClosed = () =>
  gone('round_closed', 'This round has closed, so answers are no longer taken. Thank you all the same.');

// A round never holds more answers than people asked. Whether it is full is the count the leader
// already sees, so refusing on it tells no one anything about a person.
const roundFull = () =>
  gone(
    'round_full',
    'This round already has as many answers as people were asked, so it takes no more. Thank you all the same.',
  );

const alreadyAnswered = (delivery: LinkDelivery) =>
  conflict(
    'already_answered',
    delivery === 'mailed'
      ? 'You have already answered through this link. Answers cannot be changed.'
      : 'You have already answered from this browser. Answers cannot be changed.',
  );

type FoundLink = NonNullable<Awaited<ReturnType<typeof findLink>>>;

/** The link's round, refused with a clear reason when the link can no longer be used. */
function usableLink(deps: Deps, link: FoundLink | undefined, answeredHere: AnsweredHere) {
  if (!link) throw gone('answer_link_invalid', linkProblem);
  const { round } = link;
  if (!isTakingAnswers(deps, round)) throw roundClosed();
  if (link.answered === 1) throw alreadyAnswered('mailed');
  if (link.delivery === 'group' && answeredHere.includes(round.id)) throw alreadyAnswered('group');
  if (link.full) throw roundFull();
  return { link, round };
}

const openLink = async (deps: Deps, token: string | undefined, answeredHere: AnsweredHere) =>
  usableLink(deps, await findLink(deps, token), answeredHere);

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
  const link = await findLink(deps, token);
  if (!link) return 'invalid';
  if (viewer && (await isOwnRound(deps, viewer, link.round.id))) return 'leaders_own';
  return 'valid';
}

const isOwnRound = (deps: Deps, viewer: CurrentUser, roundId: string) =>
  requireOwnRound(deps, viewer, roundId).then(
    () => true,
    () => false,
  );

export async function getAnswerPage(
  deps: Deps,
  token: string | undefined,
  answeredHere: AnsweredHere,
): Promise<AnswerPage> {
  const { link, round } = await openLink(deps, token, answeredHere);
  const cycle = await deps.repos.cycles.findById(round.cycle_id);
  const leader = cycle && (await deps.repos.accounts.findUserById(cycle.leader_id));
  if (!cycle || !leader) throw gone('answer_link_invalid', linkProblem);
  return {
    leaderName: leader.name,
    kind: round.kind as AnswerPage['kind'],
    intro: round.intro,
    goal: cycle.goal,
    closesOn: round.closes_on,
    closesAt: round.closes_at,
    questions: questionsOf(round),
    canBeNamed: link.group === 'manager',
    anonymityK: round.anonymity_k,
    delivery: link.delivery,
    language: localeOr(round.language),
  };
}

/**
 * Stores one anonymous response. The row keeps the round, the relationship group and the answers:
 * no reference to the invitation, the person or the address, and no time, not even the day (a day
 * could be lined up with who was reminded when).
 */
export async function submitAnswers(
  deps: Deps,
  token: string | undefined,
  input: SubmitAnswersInput,
  clientKey: string,
  answeredHere: AnsweredHere,
) {
  deps.stakeholderRateLimiter.enforce(rateLimitRules.answersPerClient, clientKey);
  const tokenHash = token ? hashToken(token) : undefined;
  const { answers } = deps.repos;
  if (answers.storesAtOnce) {
    // PostgreSQL, two round trips and no transaction of ours (decision 0058): the read checks the
    // link and the answers (a round's questions and a link's round never change), then one call
    // takes the round's lock and checks again, under it, what can change: closed, full, answered.
    const found = tokenHash ? await answers.findLink(tokenHash) : undefined;
    const { link, response } = answerFor(deps, found, input, answeredHere);
    const outcome = await answers.storeAnswerAtOnce(response, link.invitationId, deps.now());
    if (outcome === 'gone') throw gone('answer_link_invalid', linkProblem);
    if (outcome === 'closed') throw roundClosed();
    refuseUnstored(outcome);
    return { roundId: link.round.id, delivery: link.delivery };
  }
  // SQLite: read and checked under the round's lock, so a close that came first wins, and two
  // answers at once cannot both take the last place nor both use one link (decision 0056).
  return deps.transact(async (repos) => {
    const found = tokenHash ? await repos.answers.lockLink(tokenHash) : undefined;
    const { link, response } = answerFor(deps, found, input, answeredHere);
    refuseUnstored(await repos.answers.storeAnswer(response, link.invitationId));
    return { roundId: link.round.id, delivery: link.delivery };
  });
}

/** The response to store for a usable link, refused with a clear reason when it cannot be. */
function answerFor(
  deps: Deps,
  found: LinkWithRound | undefined,
  input: SubmitAnswersInput,
  answeredHere: AnsweredHere,
) {
  const { link, round } = usableLink(deps, found && withDelivery(found), answeredHere);
  const checked = checkAnswers(questionsOf(round), input.answers);
  if (!checked.ok) throw invalid('invalid_answer', checked.message, checked.field);
  const namedManager = input.showMyName === true && link.group === 'manager';
  const response = {
    id: newId(),
    round_id: round.id,
    relationship_group: link.group,
    named_manager: namedManager ? 1 : 0,
    answers: JSON.stringify(checked.answers),
  };
  return { link, response };
}

function refuseUnstored(outcome: StoreOutcome) {
  if (outcome === 'full') throw roundFull();
  if (outcome === 'answered') throw alreadyAnswered('mailed');
}

/** The feedforward coach: a hint while typing, for someone holding a live link only. */
export async function hintForSuggestion(
  deps: Deps,
  token: string | undefined,
  text: string,
  clientKey: string,
  answeredHere: AnsweredHere,
): Promise<HintAnswer> {
  deps.stakeholderRateLimiter.enforce(rateLimitRules.hintsPerClient, clientKey);
  await openLink(deps, token, answeredHere);
  // openLink refused a missing token already.
  deps.stakeholderRateLimiter.enforce(rateLimitRules.hintsPerLink, hashToken(token ?? ''));
  const outcome = await deps.textPool.run('feedforwardHint', { text });
  return outcome.done ? { hint: outcome.result, available: true } : { hint: null, available: false };
}
