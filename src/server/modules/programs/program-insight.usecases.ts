import type { CurrentUser } from '../../../shared/accounts';
import type { CycleStage } from '../../../shared/cycles';
import { followUpFrequencyOptions } from '../../../shared/follow-up';
import type { InsightFilter } from '../../../shared/programs';
import type { RoundResults } from '../../../shared/round-results';
import type { AppDeps } from '../../deps';
import type { Repositories } from '../../repositories';
import { type CycleRow, competencyOf } from '../cycles';
import { releasedResultsOfRounds } from '../progress';
import { isChangeResult } from '../progress/public.models';
import type { RoundRow } from '../rounds';
import { followUpQuestionPrefix } from '../rounds/public.models';
import { type ParticipantFacts, programInsight } from './program-insight.models';
import { programInsightCsv } from './program-insight-csv.models';
import { requireProgramAdmin } from './programs.usecases';

type Deps = Pick<AppDeps, 'repos' | 'config'>;

const followUpLevels = new Map<string, number>(
  followUpFrequencyOptions.map((option, index) => [option.value, index]),
);

/** The pooled released change of a mini-survey, weighted by how many rated each commitment. */
function changeOf(results: RoundResults): number | null {
  if (!results.released) return null;
  const figures = results.ratings
    .filter(isChangeResult)
    .flatMap((rating) => (rating.overall ? [rating.overall] : []));
  const n = figures.reduce((total, figure) => total + figure.n, 0);
  return n === 0 ? null : figures.reduce((total, figure) => total + figure.mean * figure.n, 0) / n;
}

/** Stakeholders' released answers to "how often has … followed up", as 0 (never) to 3 (regularly). */
function followUpLevelOf(results: RoundResults): number | null {
  if (!results.released) return null;
  let count = 0;
  let sum = 0;
  for (const choice of results.choices) {
    if (!choice.questionId.startsWith(followUpQuestionPrefix) || !choice.figure) continue;
    for (const option of choice.figure.options) {
      count += option.count;
      sum += option.count * (followUpLevels.get(option.value) ?? 0);
    }
  }
  return count === 0 ? null : sum / count;
}

function factsOf(cycle: CycleRow, rounds: RoundRow[], released: Map<string, RoundResults>): ParticipantFacts {
  const competency = competencyOf(cycle);
  const shown = rounds.flatMap((round) => {
    const results = released.get(round.id);
    return round.status === 'closed' && results?.released ? [{ round, results }] : [];
  });
  const listening = shown.find(({ round }) => round.kind === 'listening');
  const latestMiniSurvey = shown.filter(({ round }) => round.kind === 'mini_survey').at(-1);
  return {
    competencyKey: competency.key,
    competencyName: competency.name,
    startedOn: cycle.created_at.slice(0, 10),
    stage: cycle.stage as CycleStage,
    listened: listening !== undefined,
    followUpRounds: shown.filter(({ round }) => round.kind !== 'listening').length,
    change: latestMiniSurvey ? changeOf(latestMiniSurvey.results) : null,
    followUpLevel: latestMiniSurvey ? followUpLevelOf(latestMiniSurvey.results) : null,
  };
}

/**
 * Everyone who started a cycle in the program counts, also after an admin removed them: removing
 * someone must not move the figures, or the difference would be that leader's (decision 0042).
 * A leader's latest program cycle stands for them. Their rounds are read in one statement and their
 * closed rounds' released results together (issue 14: one count for all, not one per round).
 */
async function participantsOf(repos: Repositories, programId: string) {
  const cycles = await repos.cycles.listOfProgram(programId);
  const latest = [...new Map(cycles.map((cycle) => [cycle.leader_id, cycle])).values()];
  const rounds = await repos.rounds.listRoundsOfCycles(latest.map((cycle) => cycle.id));
  const released = await releasedResultsOfRounds(
    repos,
    rounds.filter((round) => round.status === 'closed'),
  );
  return latest.map((cycle) =>
    factsOf(
      cycle,
      rounds.filter((round) => round.cycle_id === cycle.id),
      released,
    ),
  );
}

export async function getProgramInsight(
  deps: Deps,
  user: CurrentUser,
  programId: string,
  filter: InsightFilter,
) {
  const { program } = await requireProgramAdmin(deps, user, programId);
  const enrollments = await deps.repos.programs.listEnrollments(program.id);
  const count = (status: string) => enrollments.filter((enrollment) => enrollment.status === status).length;
  const participation = { invited: count('invited'), enrolled: count('enrolled'), removed: count('removed') };
  return programInsight(
    await participantsOf(deps.repos, program.id),
    participation,
    program.anonymity_k,
    filter,
  );
}

export async function getProgramInsightCsv(
  deps: Deps,
  user: CurrentUser,
  programId: string,
  filter: InsightFilter,
) {
  return programInsightCsv(await getProgramInsight(deps, user, programId, filter));
}
