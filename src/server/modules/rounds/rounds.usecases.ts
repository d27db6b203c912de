import type { CurrentUser } from '../../../shared/accounts';
import type { CycleStage, RoundKind } from '../../../shared/cycles';
import type { Competency } from '../../../shared/framework';
import { competencyInLanguage } from '../../../shared/i18n/catalogs/framework';
import { type Locale, localeOr } from '../../../shared/i18n/locales';
import type { Question } from '../../../shared/questions';
import type { RoundResults } from '../../../shared/round-results';
import type { OpenRoundInput } from '../../../shared/rounds';
import type { AppDeps } from '../../deps';
import { conflict, invalid, notFound } from '../../errors';
import type { Repositories } from '../../repositories';
import { hashToken, newId, newToken, secureRandom } from '../../security/tokens';
import { refuseMailingUnverified } from '../accounts/public.models';
import type { CycleRow } from '../cycles';
import { baselineOf, competencyOf, refuseClosedCycle, requireOwnCycle } from '../cycles';
import { stageAfterListeningOpens } from '../cycles/public.models';
import { rateLimitRules, takeFromAllowance } from '../rate-limits';
import { announceRoundClosed } from '../webhooks';
import { timeZoneOfLeader } from '../workspaces';
import { policyOf } from '../workspaces/public.models';
import { answerLink } from './answer-links.models';
import { releaseChangeSummaries } from './change-summaries.models';
import { type HandDeliveredInvitee, handOutGroupLinks, linksToHandOut } from './hand-links.usecases';
import { inboxKeyOf } from './invitation-inbox';
import { listeningRoundQuestions } from './listening-questions.models';
import { miniSurveyQuestions } from './mini-survey-questions.models';
import { pulseRoundQuestions } from './pulse-questions.models';
import { releaseRoundResults } from './release.models';
import { createReleasedViewCache, releaseInputsDigest } from './released-views';
import { alreadyInvited, roundAlreadyOpen } from './round-conflicts';
import { invitationMessage } from './round-messages.models';
import {
  refuseAddingAgainstPolicy,
  refuseRoundAgainstPolicy,
  requestRoundApproval,
} from './round-policy.usecases';
import type { RoundForRelease } from './round-responses.models';
import { closingDateProblem, reminderTimes, roundClosesAt } from './round-schedule.models';
import type { RoundInvitationRow, RoundRow } from './rounds.repository';
import { refuseAddingTooClose, refuseOpeningTooClose } from './snapshot-guard.usecases';
import { questionsOf, roundForRelease } from './stored-round.models';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now' | 'mailer' | 'config' | 'textPool'>;

export const remindJob = 'round.remind';
export const closeJob = 'round.close';

/** A round is the leader's only through their own cycle; anyone else gets "not found". */
export async function requireOwnRound(deps: Pick<Deps, 'repos'>, user: CurrentUser, roundId: string) {
  const round = await deps.repos.rounds.findRound(roundId);
  if (!round) throw notFound('round_not_found', 'This round does not exist.');
  const cycle = await requireOwnCycle(deps, user, round.cycle_id).catch(() => {
    throw notFound('round_not_found', 'This round does not exist.');
  });
  return { round, cycle };
}

type Invitee = HandDeliveredInvitee;

/** How many of these people `invite` would email: those with an address, when there is a mail server. */
const mailedCount = (deps: Pick<Deps, 'config'>, people: Pick<Invitee, 'email'>[]) =>
  deps.config.SMTP_URL ? people.filter((person) => person.email).length : 0;

/**
 * Creates one invitation. With an address and a mail server it emails a personal one-time link the
 * leader never sees; otherwise it returns the person, whose group link the leader passes on.
 */
async function invite(
  deps: Deps,
  repos: Repositories,
  round: Pick<RoundRow, 'id' | 'intro' | 'closes_on' | 'anonymity_k' | 'language'>,
  leader: Pick<CurrentUser, 'id' | 'name'>,
  invitee: Invitee,
): Promise<Invitee | null> {
  const token = newToken();
  // Reminders and thanks follow this address, never a later edit of the stakeholder.
  const mailedTo = invitee.email && deps.config.SMTP_URL ? invitee.email : null;
  const inserted = await repos.rounds.insertInvitation(
    {
      id: newId(),
      round_id: round.id,
      stakeholder_id: invitee.id,
      relationship_group: invitee.relationship_group,
      answered: 0,
      mailed_to: mailedTo,
      inbox_key: inboxKeyOf(invitee.email),
    },
    mailedTo ? hashToken(token) : null,
  );
  if (!inserted) throw alreadyInvited(invitee.name);
  if (!mailedTo) return invitee;
  const url = answerLink(deps.config.BASE_URL, token);
  const message = invitationMessage(localeOr(round.language), {
    leaderName: leader.name,
    intro: round.intro,
    url,
    closesOn: round.closes_on,
    k: round.anonymity_k,
  });
  await deps.mailer.send({ to: mailedTo, workspaceId: null, accountId: leader.id, ...message }, repos);
  return null;
}

/** Each kind of round has its own question builder; the questions are snapshotted once, here. */
export async function questionsForNewRound(
  deps: Pick<Deps, 'repos'>,
  cycle: CycleRow,
  leaderName: string,
  kind: RoundKind,
  language: Locale,
): Promise<Question[]> {
  // The default framework's texts in the round's language; a workspace's own wording as written.
  const competency = competencyInLanguage(competencyOf(cycle), language);
  if (kind === 'pulse') return pulseRoundQuestions(competency, leaderName, language);
  if (kind === 'mini_survey') {
    const commitments = await deps.repos.plans.listCommitments(cycle.id);
    const active = commitments.filter((commitment) => commitment.status === 'active');
    if (active.length === 0) {
      throw invalid(
        'no_active_commitments',
        'A mini-survey asks about the behaviors you are practicing: add at least one commitment first.',
        'kind',
      );
    }
    return miniSurveyQuestions(active, competency, leaderName, language);
  }
  return listeningRoundQuestions(competency, leaderName, language);
}

export async function openRound(deps: Deps, user: CurrentUser, cycleId: string, asked: OpenRoundInput) {
  const cycle = await requireOwnCycle(deps, user, cycleId);
  const workspace = await deps.repos.workspaces.findWorkspace(cycle.workspace_id);
  // Fixed here, so a list waiting for approval opens in the language the leader chose.
  const input = { ...asked, language: asked.language ?? localeOr(workspace?.default_language) };
  refuseClosedCycle(cycle);
  const now = deps.now();
  const timeZone = await timeZoneOfLeader(deps.repos, user.id, cycle.workspace_id);
  const dateProblem = closingDateProblem(input.closesOn, now, timeZone);
  if (dateProblem) throw invalid('invalid_closing_date', dateProblem, 'closesOn');
  const existing = await deps.repos.rounds.listRoundsOfCycle(cycleId);
  if (existing.some((round) => round.status === 'open')) throw roundAlreadyOpen();
  const questions = await questionsForNewRound(deps, cycle, user.name, input.kind, input.language);
  const stakeholderIds = [...new Set(input.stakeholderIds)];
  const stakeholders = await deps.repos.stakeholders.findStakeholdersOfLeader(
    user.id,
    cycle.workspace_id,
    stakeholderIds,
  );
  if (stakeholders.length !== stakeholderIds.length) {
    throw invalid(
      'unknown_stakeholder',
      'Some of the chosen stakeholders are not in your list.',
      'stakeholderIds',
    );
  }
  const k = workspace?.anonymity_k ?? 3;
  if (stakeholders.length < k) {
    throw invalid(
      'too_few_stakeholders',
      `Ask at least ${k} people: results are shown only when ${k} or more have answered.`,
      'stakeholderIds',
    );
  }
  await refuseRoundAgainstPolicy(deps, user, cycle, stakeholders);
  // Checked before an approval is asked for, too: approving opens the round and mails in the leader's name.
  refuseMailingUnverified(user, mailedCount(deps, stakeholders));
  if (policyOf(workspace ?? {}).approvalRequired) {
    // Told now rather than when the approver acts; checked again when the approved round opens.
    await refuseOpeningTooClose(deps.repos, user.id, { questions, anonymityK: k, stakeholders });
    return requestRoundApproval(deps, cycle, input, stakeholders);
  }
  return openCheckedRound(deps, { leader: user, cycle, input, questions, stakeholders, k });
}

export type CheckedRound = {
  leader: Pick<CurrentUser, 'id' | 'name'>;
  cycle: CycleRow;
  input: OpenRoundInput;
  questions: Question[];
  stakeholders: Invitee[];
  k: number;
};

/** Opens a round whose checks passed: invitations, links, mail and jobs. Approval opens through here too. */
export async function openCheckedRound(
  deps: Deps,
  { leader: user, cycle, input, questions, stakeholders, k }: CheckedRound,
) {
  await refuseOpeningTooClose(deps.repos, user.id, { questions, anonymityK: k, stakeholders });
  const now = deps.now();
  const cycleId = cycle.id;
  const closesAt = roundClosesAt(
    input.closesOn,
    await timeZoneOfLeader(deps.repos, user.id, cycle.workspace_id),
  );
  const round: RoundRow = {
    id: newId(),
    cycle_id: cycleId,
    kind: input.kind,
    status: 'open',
    intro: input.intro,
    questions: JSON.stringify(questions),
    // k is locked when the round opens: changing the workspace setting later cannot lower it.
    anonymity_k: k,
    opened_at: now.toISOString(),
    closes_on: input.closesOn,
    closes_at: closesAt.toISOString(),
    closed_at: null,
    thanked_at: null,
    language: localeOr(input.language),
  };
  const links = await deps.transact(async (repos) => {
    if (!(await repos.rounds.insertRound(round))) throw roundAlreadyOpen();
    // Taken in the transaction, so a request refused at any point uses none of the allowance.
    await takeFromAllowance(
      { repos, now: deps.now },
      rateLimitRules.roundInvitationsPerLeader,
      user.id,
      stakeholders.length,
    );
    const byHand: Invitee[] = [];
    for (const stakeholder of stakeholders) {
      const handed = await invite(deps, repos, round, user, stakeholder);
      if (handed) byHand.push(handed);
    }
    const created = await handOutGroupLinks(deps, repos, round.id, byHand);
    for (const [index, runAt] of reminderTimes(now, closesAt).entries()) {
      const slot = index + 1;
      await repos.jobs.enqueue(
        {
          kind: remindJob,
          payload: { roundId: round.id, slot },
          runAt,
          uniqueKey: `${remindJob}:${round.id}:${slot}`,
          accountId: user.id,
        },
        now,
      );
    }
    await repos.jobs.enqueue(
      {
        kind: closeJob,
        payload: { roundId: round.id },
        runAt: closesAt,
        uniqueKey: `${closeJob}:${round.id}`,
        accountId: user.id,
      },
      now,
    );
    if (input.kind === 'listening') {
      await repos.cycles.update(cycleId, {
        stage: stageAfterListeningOpens(cycle.stage as CycleStage),
        updated_at: now.toISOString(),
      });
    }
    return created;
  });
  // Whoever has no link to pass on by hand was emailed one.
  return { ...linksToHandOut(round, user.name, links), emailed: stakeholders.length - links.length };
}

export async function addStakeholderToRound(
  deps: Deps,
  user: CurrentUser,
  roundId: string,
  stakeholderId: string,
) {
  const { round, cycle } = await requireOwnRound(deps, user, roundId);
  if (round.status !== 'open') throw roundClosedForAdding();
  const [stakeholder] = await deps.repos.stakeholders.findStakeholdersOfLeader(user.id, cycle.workspace_id, [
    stakeholderId,
  ]);
  if (!stakeholder)
    throw invalid('unknown_stakeholder', 'This stakeholder is not in your list.', 'stakeholderId');
  await refuseAddingAgainstPolicy(deps, user, cycle.workspace_id, stakeholder);
  refuseMailingUnverified(user, mailedCount(deps, [stakeholder]));
  const invitations = await deps.repos.rounds.listInvitations(roundId);
  const inboxKey = inboxKeyOf(stakeholder.email);
  const invitedBefore = (invitation: RoundInvitationRow) =>
    invitation.stakeholder_id === stakeholderId || (inboxKey !== null && invitation.inbox_key === inboxKey);
  if (invitations.some(invitedBefore)) {
    throw alreadyInvited(stakeholder.name);
  }
  await refuseAddingTooClose(deps.repos, user.id, { roundId, stakeholder });
  const link = await deps.transact(async (repos) => {
    // Checked again under the round's lock: a close that lands meanwhile must not gain an invitee.
    if ((await repos.rounds.lockRound(round.id))?.status !== 'open') throw roundClosedForAdding();
    await takeFromAllowance({ repos, now: deps.now }, rateLimitRules.roundInvitationsPerLeader, user.id, 1);
    const handed = await invite(deps, repos, round, user, stakeholder);
    return handed ? (await handOutGroupLinks(deps, repos, round.id, [handed]))[0] : null;
  });
  return { ...linksToHandOut(round, user.name, link ? [link] : []), link: link ?? null };
}

const roundClosedForAdding = () =>
  conflict('round_closed', 'This round is closed; people can no longer be added.');

export async function closeRound(deps: Deps & Pick<AppDeps, 'wakeJobs'>, user: CurrentUser, roundId: string) {
  await requireOwnRound(deps, user, roundId);
  if (!(await deps.repos.rounds.closeRound(roundId, deps.now()))) {
    throw conflict('round_closed', 'This round is already closed.');
  }
  await announceRoundClosed(deps, roundId);
}

/** What the leader may see of a round: counts while open; after closing, only what the k rules release. */
export async function getRoundForLeader(deps: Deps, user: CurrentUser, roundId: string) {
  const { round, cycle } = await requireOwnRound(deps, user, roundId);
  const questions = questionsOf(round);
  const responses = round.status === 'closed' ? await deps.repos.rounds.listResponses(roundId) : [];
  const responseCount =
    round.status === 'closed' ? responses.length : await deps.repos.rounds.countResponses(roundId);
  const invited = await deps.repos.rounds.countInvitationsByGroup(roundId);
  const forRelease = roundForRelease({ status: round.status, questions, invited }, responses);
  const { results, themes, changeSummaries } = await releasedViewOf(
    deps,
    roundId,
    round.anonymity_k,
    forRelease,
  );
  const withheld = results.released ? results : { ...results, responseCount };
  return {
    round: {
      id: round.id,
      cycleId: round.cycle_id,
      kind: round.kind,
      status: round.status,
      intro: round.intro,
      openedAt: round.opened_at,
      closesOn: round.closes_on,
      closedAt: round.closed_at,
      thankedAt: round.thanked_at,
      anonymityK: round.anonymity_k,
      // Every invitation is in one group, so the groups' counts add up to all of them.
      invitedCount: Object.values(invited).reduce((sum, count) => sum + (count ?? 0), 0),
      language: localeOr(round.language),
      questions,
    },
    competency: competencyOf(cycle) satisfies Competency,
    baseline: baselineOf(cycle),
    results: withheld,
    themes,
    // The mini-survey headline per commitment; empty for other kinds and until release.
    changeSummaries,
  };
}

type ReleasedView = {
  results: RoundResults;
  themes: Awaited<ReturnType<typeof themesOf>> | never[];
  changeSummaries: ReturnType<typeof releaseChangeSummaries>;
};

// One per process (see released-views.ts): keyed by round id and a digest of the release's inputs.
const releasedViews = createReleasedViewCache<ReleasedView>();

/**
 * The released view of a round: taken from the kept one when the release's inputs are unchanged,
 * otherwise computed (every k rule and the group merging applied by releaseRoundResults) and, once
 * released with its themes known, kept. Withheld or open rounds are cheap and never kept.
 */
export async function releasedViewOf(
  deps: Pick<Deps, 'textPool'>,
  roundId: string,
  k: number,
  forRelease: RoundForRelease,
): Promise<ReleasedView> {
  const digest = releaseInputsDigest({ k, forRelease });
  const kept = releasedViews.read(roundId, digest);
  if (kept) return kept;
  const results = releaseRoundResults(forRelease, k, secureRandom);
  if (!results.released) return { results, themes: [], changeSummaries: [] };
  const themes = await themesOf(deps, forRelease.questions, results.texts);
  const view = { results, themes, changeSummaries: releaseChangeSummaries(forRelease, k) };
  // Themes over the time budget are null ("not known"); the next read tries again.
  if (themes !== null) releasedViews.keep(roundId, digest, view);
  return view;
}

/**
 * Ideas that several released suggestions share, a way into them (all are listed anyway). Only
 * released texts go in, per question, and a theme needs two answers to one question, so it always
 * rests on at least two people; its count is of suggestions, all listed on the same page. Over the time budget: null, so the page does not claim there was no shared idea.
 */
async function themesOf(
  deps: Pick<Deps, 'textPool'>,
  questions: Question[],
  texts: { questionId: string; answers: string[] }[],
) {
  const feedforwardIds = new Set(
    questions.filter((q) => q.kind === 'text' && q.feedforward).map((q) => q.id),
  );
  const suggestionsByQuestion = texts
    .filter((text) => feedforwardIds.has(text.questionId))
    .map((text) => text.answers);
  const outcome = await deps.textPool.run('themes', { suggestionsByQuestion });
  return outcome.done ? outcome.result : null;
}
