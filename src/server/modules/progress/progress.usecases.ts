import type { CurrentUser } from '../../../shared/accounts';
import type { CycleProgress } from '../../../shared/progress';
import type { RoundResults } from '../../../shared/round-results';
import type { AppDeps } from '../../deps';
import type { Repositories } from '../../repositories';
import { baselineOf, competencyOf, requireOwnCycle } from '../cycles';
import { dailyEffortByWeek } from '../plans/public.models';
import { createReleasedViewCache, type RoundRow } from '../rounds';
import { questionsOf, releaseRoundResults, roundForRelease } from '../rounds/public.models';
import { miniSurveyPoint, selfVsOthers } from './progress.models';
import { progressCsv } from './progress-csv.models';

type Deps = Pick<AppDeps, 'repos' | 'now'>;

/**
 * Released figures of closed rounds, computed once per process and kept (decision 0051): at most
 * this many rounds, the least recently read dropped first.
 */
const keptFigures = createReleasedViewCache<RoundResults>(2_000);

/**
 * Rounds' results exactly as the round page releases them, without their free text: progress,
 * relationships, coaching and program insight read only figures (ratings and choices), so every
 * figure they show already passed the k rules. `texts` is empty and `namedManager` null here.
 *
 * A closed round's figures never change: it takes no answer, and retention strips free text only.
 * So they are computed once and kept, keyed by what could still change them if anything ever did
 * (k, how many responses the round holds and whom it asked by group, read for all the rounds in
 * two indexed statements); only a miss reads the responses. Open rounds show no figures and are
 * never kept.
 */
export async function releasedResultsOfRounds(
  repos: Repositories,
  rounds: readonly RoundRow[],
): Promise<Map<string, RoundResults>> {
  const closed = rounds.filter((round) => round.status === 'closed');
  const counts = await repos.rounds.countsOfRounds(closed.map((round) => round.id));
  const results = new Map<string, RoundResults>();
  for (const round of rounds) {
    const count = counts.get(round.id);
    const key = count
      ? JSON.stringify([round.anonymity_k, count.responses, sortedGroups(count.invited)])
      : '';
    const kept = count ? keptFigures.read(round.id, key) : undefined;
    if (kept) {
      results.set(round.id, kept);
      continue;
    }
    const released = withoutFreeText(
      releaseRoundResults(
        roundForRelease(
          {
            status: round.status,
            questions: questionsOf(round),
            invited: count?.invited ?? (await repos.rounds.countInvitationsByGroup(round.id)),
          },
          count ? await repos.rounds.listResponses(round.id) : [],
        ),
        round.anonymity_k,
        () => 0,
      ),
    );
    if (count) keptFigures.keep(round.id, key, released);
    results.set(round.id, released);
  }
  return results;
}

/** One round's released figures (see releasedResultsOfRounds). */
export async function releasedResultsOf(repos: Repositories, round: RoundRow): Promise<RoundResults> {
  return (await releasedResultsOfRounds(repos, [round])).get(round.id) as RoundResults;
}

const sortedGroups = (invited: Record<string, number | undefined>) =>
  Object.entries(invited).sort(([a], [b]) => a.localeCompare(b));

const withoutFreeText = (results: RoundResults): RoundResults =>
  results.released ? { ...results, texts: [], namedManager: null } : results;

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
  const listening = closed.filter((round) => round.kind === 'listening').at(-1);
  const read = closed.filter((round) => round.kind === 'mini_survey' || round === listening);
  const released = await releasedResultsOfRounds(deps.repos, read);
  const resultsOf = (round: RoundRow) => released.get(round.id) as RoundResults;
  const miniSurveys = closed
    .filter((round) => round.kind === 'mini_survey')
    .map((round) => miniSurveyPoint(timingOf(round), resultsOf(round), commitmentIds));
  const listeningResults = listening ? resultsOf(listening) : null;
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
