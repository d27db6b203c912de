import type { CurrentUser } from '../../../shared/accounts';
import type { CycleProgress } from '../../../shared/progress';
import type { RoundResults } from '../../../shared/round-results';
import type { AppDeps } from '../../deps';
import type { Repositories } from '../../repositories';
import { baselineOf, competencyOf, requireOwnCycle } from '../cycles';
import { dailyEffortByWeek } from '../plans/public.models';
import type { RoundRow } from '../rounds';
import { questionsOf, releaseRoundResults, roundForRelease } from '../rounds/public.models';
import { miniSurveyPoint, selfVsOthers } from './progress.models';
import { progressCsv } from './progress-csv.models';

type Deps = Pick<AppDeps, 'repos' | 'now'>;

/**
 * A round's results exactly as the round page releases them. Progress and relationships read
 * only these, so every figure they show already passed the k rules; free text is not used.
 */
export async function releasedResultsOf(repos: Repositories, round: RoundRow): Promise<RoundResults> {
  const responses = round.status === 'closed' ? await repos.rounds.listResponses(round.id) : [];
  const questions = questionsOf(round);
  return releaseRoundResults(
    roundForRelease(
      { status: round.status, questions, invited: await repos.rounds.countInvitationsByGroup(round.id) },
      responses,
    ),
    round.anonymity_k,
    () => 0,
  );
}

const timingOf = (round: RoundRow) => ({
  id: round.id,
  openedAt: round.opened_at,
  closesOn: round.closes_on,
  closedAt: round.closed_at,
});

export async function getCycleProgress(
  deps: Deps,
  user: CurrentUser,
  cycleId: string,
): Promise<CycleProgress> {
  const cycle = await requireOwnCycle(deps, user, cycleId);
  const competency = competencyOf(cycle);
  const [rounds, commitments, checkins] = await Promise.all([
    deps.repos.rounds.listRoundsOfCycle(cycleId),
    deps.repos.plans.listCommitments(cycleId),
    deps.repos.plans.listCheckins(cycleId, '0000-01-01', '9999-12-31'),
  ]);
  const closed = rounds.filter((round) => round.status === 'closed');
  const commitmentIds = commitments.map((commitment) => commitment.id);
  const miniSurveys = await Promise.all(
    closed
      .filter((round) => round.kind === 'mini_survey')
      .map(async (round) =>
        miniSurveyPoint(timingOf(round), await releasedResultsOf(deps.repos, round), commitmentIds),
      ),
  );
  const listening = closed.filter((round) => round.kind === 'listening').at(-1);
  const listeningResults = listening ? await releasedResultsOf(deps.repos, listening) : null;
  return {
    cycle: {
      id: cycle.id,
      goal: cycle.goal,
      problem: cycle.problem,
      stage: cycle.stage,
      createdAt: cycle.created_at,
      closedAt: cycle.closed_at,
      reflection: cycle.reflection,
    },
    competency,
    commitments: commitments.map((commitment) => ({
      id: commitment.id,
      situation: commitment.situation,
      action: commitment.action,
      status: commitment.status as 'active' | 'retired',
    })),
    rounds: rounds.map((round) => ({ ...timingOf(round), kind: round.kind, status: round.status })),
    timeline: {
      from: cycle.created_at.slice(0, 10),
      to: (cycle.closed_at ?? deps.now().toISOString()).slice(0, 10),
    },
    miniSurveys: miniSurveys.sort((a, b) => a.date.localeCompare(b.date)),
    effort: {
      weeks: dailyEffortByWeek(checkins),
      byCommitment: commitmentIds.map((commitmentId) => ({
        commitmentId,
        weeks: dailyEffortByWeek(checkins.filter((checkin) => checkin.commitment_id === commitmentId)),
      })),
    },
    selfVsOthers: {
      roundId: listening?.id ?? null,
      released: listeningResults?.released ?? false,
      behaviors: selfVsOthers(competency, baselineOf(cycle), listeningResults),
    },
  };
}

export async function getCycleProgressCsv(deps: Deps, user: CurrentUser, cycleId: string) {
  return progressCsv(await getCycleProgress(deps, user, cycleId));
}
