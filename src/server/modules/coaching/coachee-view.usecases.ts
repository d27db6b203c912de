import type { CurrentUser } from '../../../shared/accounts';
import { localDay } from '../../../shared/calendar';
import type {
  Attention,
  CoacheeCycle,
  CoacheeSummary,
  CoacheeView,
  SharedItem,
} from '../../../shared/coaching';
import type { CycleStage } from '../../../shared/cycles';
import type { AppDeps } from '../../deps';
import { notFound } from '../../errors';
import { competencyOf } from '../cycles';
import { followUpOfCycle } from '../follow-up';
import { releasedResultsOf } from '../progress';
import { inboxKeyOf } from '../rounds';
import { timeZoneOfLeader } from '../workspaces';
import type { Consent } from './coachee-reads.repository';
import { attentionOf, coachRoundResults, practiceStreaks } from './coaching.models';

type Deps = Pick<AppDeps, 'repos' | 'now'>;
type Coachee = Awaited<ReturnType<Deps['repos']['coacheeReads']['coachees']>>[number];

/**
 * Everything about one coachee's cycles, read through queries that join the active consent. Rounds
 * that asked the coach show nothing, so a coach who is also a stakeholder learns no more than one.
 */
async function cyclesOf(deps: Deps, coach: CurrentUser, coachee: Coachee) {
  const consent: Consent = { coachingId: coachee.id, coachId: coach.id };
  const reads = deps.repos.coacheeReads;
  const [cycles, commitments, rounds, checkins] = await Promise.all([
    reads.cycles(consent),
    reads.commitments(consent),
    reads.rounds(consent),
    reads.checkinDays(consent),
  ]);
  const askedCoach = await reads.roundsAsking(
    rounds.map((round) => round.id),
    inboxKeyOf(coach.email) ?? '',
    coach.email.toLowerCase(),
  );
  const now = deps.now();
  const today = localDay(now, await timeZoneOfLeader(deps.repos, coachee.leader_id, coachee.workspace_id));
  return Promise.all(
    cycles.map(async (cycle) => {
      const own = <T extends { cycle_id: string }>(rows: T[]) =>
        rows.filter((row) => row.cycle_id === cycle.id);
      const cycleRounds = own(rounds);
      const followUp = await followUpOfCycle(deps, cycle);
      const practice = practiceStreaks(
        own(checkins).map((checkin) => checkin.day),
        today,
      );
      const active = own(commitments).filter((commitment) => commitment.status === 'active');
      const openRounds = await Promise.all(
        cycleRounds
          .filter((round) => round.status === 'open')
          .map(async (round) => ({
            closesAt: round.closes_at,
            k: round.anonymity_k,
            askedCoach: askedCoach.has(round.id),
            responses: await deps.repos.rounds.countResponses(round.id),
          })),
      );
      const attention = attentionOf(
        {
          id: cycle.id,
          stage: cycle.stage,
          activeCommitmentsSince: active.map((commitment) => commitment.created_at).sort()[0] ?? null,
          lastCheckinOn: practice.lastCheckinOn,
          miniSurveyDue: followUp.miniSurveyDue,
          nextMiniSurveyOn: followUp.nextMiniSurveyOn,
          openRounds,
        },
        now,
        today,
      );
      const view: CoacheeCycle = {
        id: cycle.id,
        goal: cycle.goal,
        stage: cycle.stage as CycleStage,
        competency: competencyOf(cycle).name,
        closedAt: cycle.closed_at,
        commitments: own(commitments).map((commitment) => ({
          id: commitment.id,
          situation: commitment.situation,
          action: commitment.action,
          frequency: commitment.frequency,
          status: commitment.status,
        })),
        rounds: await Promise.all(
          cycleRounds.map(async (round) => ({
            id: round.id,
            kind: round.kind,
            status: round.status,
            openedAt: round.opened_at,
            closesOn: round.closes_on,
            closedAt: round.closed_at,
            // A round that asked the coach shows nothing: their own answer would let them subtract themselves.
            results: askedCoach.has(round.id)
              ? { released: false as const, reason: 'asked-you' as const }
              : coachRoundResults(await releasedResultsOf(deps.repos, round)),
          })),
        ),
        followUp: {
          nextCheckInOn: followUp.nextCheckInOn,
          nextMiniSurveyOn: followUp.nextMiniSurveyOn,
          miniSurveyDue: followUp.miniSurveyDue,
          followUpRoundsClosed: cycleRounds.filter(
            (round) => round.kind !== 'listening' && round.status === 'closed',
          ).length,
        },
        practice,
      };
      return { view, attention };
    }),
  );
}

export async function coachDashboard(deps: Deps, coach: CurrentUser): Promise<CoacheeSummary[]> {
  const coachees = await deps.repos.coacheeReads.coachees(coach.id);
  return Promise.all(
    coachees.map(async (coachee) => {
      const cycles = await cyclesOf(deps, coach, coachee);
      return {
        coachingId: coachee.id,
        leaderName: coachee.leader_name,
        workspaceName: coachee.workspace_name,
        cycles: cycles.map(({ view }) => ({ id: view.id, goal: view.goal, stage: view.stage })),
        attention: cycles.flatMap(({ attention }) => attention),
      };
    }),
  );
}

async function sharedWith(deps: Deps, consent: Consent): Promise<SharedItem[]> {
  const { reflections, relationshipNotes, checkinNotes } = await deps.repos.coacheeReads.sharedItems(consent);
  return [
    ...reflections.map((row) => ({
      id: row.id,
      kind: 'reflection' as const,
      ref: row.ref,
      label: `Review of “${row.label}”`,
      text: row.text ?? '',
    })),
    // The group only: the leader shared a note, not the name of the person it is about.
    ...relationshipNotes.map((row) => ({
      id: row.id,
      kind: 'relationship_note' as const,
      ref: row.ref,
      label: `A relationship (${row.label.replace('_', ' ')})`,
      text: row.text,
    })),
    ...checkinNotes.map((row) => ({
      id: row.id,
      kind: 'checkin_note' as const,
      ref: row.ref,
      label: `${row.day}: ${row.action}`,
      text: row.text ?? '',
    })),
  ];
}

export async function coacheeView(deps: Deps, coach: CurrentUser, coachingId: string): Promise<CoacheeView> {
  const [coachee] = await deps.repos.coacheeReads.coachees(coach.id, coachingId);
  if (!coachee) throw notFound('coaching_not_found', 'There is no such coachee, or they ended your access.');
  const cycles = await cyclesOf(deps, coach, coachee);
  const attention: Attention[] = cycles.flatMap((cycle) => cycle.attention);
  return {
    coachingId: coachee.id,
    leaderName: coachee.leader_name,
    workspaceName: coachee.workspace_name,
    cycles: cycles.map((cycle) => cycle.view),
    shared: await sharedWith(deps, { coachingId, coachId: coach.id }),
    attention,
  };
}
