import type { CurrentUser } from '../../../shared/accounts';
import { addDays, localDay } from '../../../shared/calendar';
import {
  type CheckinInput,
  type CheckinsView,
  checkinDaysBack,
  type DailyReminder,
  type DailyReminderInput,
} from '../../../shared/plans';
import { writeUnlessDuplicate } from '../../db/unique-violation';
import type { AppDeps } from '../../deps';
import { conflict, invalid } from '../../errors';
import type { Repositories } from '../../repositories';
import type { CycleRow } from '../cycles';
import { refuseClosedCycle, requireOwnCycle } from '../cycles';
import { timeZoneOfLeader } from '../workspaces';
import { dailyEffortByWeek } from './daily-practice-schedule.models';
import type { DailyReminderRow } from './plans.repository';
import { advanceStage, lockCycle, requireOwnCommitment } from './plans.usecases';
import { checkinDayProblem, nextReminder } from './practice.models';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now'>;

export const dailyReminderJob = 'plans.daily-reminder';
/** `version` is when the preference was saved; with time and zone it tells a current job from a stale one. */
export type DailyReminderPayload = {
  cycleId: string;
  day: string;
  time: string;
  timeZone: string;
  version: string;
};

/** Weeks shown when the screen does not ask for a range: enough for a heatmap's first glance. */
const defaultRangeDays = 8 * 7;
const longestRangeDays = 366;
const defaultReminder = { time: '18:00', timeZone: 'UTC' };

/** The leader's "today", where they live (decision 0032): their own zone, else their workspace's. */
async function leaderToday(deps: Pick<Deps, 'repos' | 'now'>, cycle: CycleRow) {
  return localDay(deps.now(), await timeZoneOfLeader(deps.repos, cycle.leader_id, cycle.workspace_id));
}

export async function recordCheckin(
  deps: Deps,
  user: CurrentUser,
  commitmentId: string,
  day: string,
  input: CheckinInput,
) {
  const { commitment, cycle } = await requireOwnCommitment(deps, user, commitmentId);
  if (commitment.status !== 'active')
    throw conflict('commitment_retired', 'This behavior is retired; score your active ones instead.');
  const today = await leaderToday(deps, cycle);
  const problem = checkinDayProblem(day, today, checkinDaysBack);
  if (problem === 'day_in_future')
    throw invalid(problem, 'You can score today or earlier days, not days ahead.', 'day');
  if (problem === 'day_too_old')
    throw invalid(problem, `You can catch up on the last ${checkinDaysBack} days only.`, 'day');
  const now = deps.now();
  const recordedAt = recordedAtOf(input.recordedAt, now);
  return deps.transact(async (repos) => {
    const fresh = await lockCycle(repos, cycle.id, now);
    refuseClosedCycle(fresh);
    const known = input.syncKey ? await repos.plans.findCheckinBySyncKey(input.syncKey) : undefined;
    if (known) {
      if (known.commitment_id !== commitmentId || known.day !== day) throw syncKeyReused();
      return { checkin: toCheckin(known), sync: 'duplicate' as const };
    }
    const written = await writeUnlessDuplicate(syncKeyIndex, () =>
      repos.plans.upsertCheckin({
        cycle_id: cycle.id,
        commitment_id: commitmentId,
        day,
        score: input.score,
        note: input.note,
        created_at: now.toISOString(),
        sync_key: input.syncKey ?? null,
        recorded_at: recordedAt,
      }),
    );
    // Two requests with one key for different days raced each other here; neither may win twice.
    if (!written) throw syncKeyReused();
    await advanceStage(repos, fresh, 'practice', now);
    const stored = await repos.plans.findCheckin(commitmentId, day);
    if (!stored) throw new Error(`check-in of ${commitmentId} on ${day} vanished inside its transaction`);
    const saved = input.syncKey ? stored.sync_key === input.syncKey : stored.recorded_at === recordedAt;
    return { checkin: toCheckin(stored), sync: saved ? ('saved' as const) : ('superseded' as const) };
  });
}

const syncKeyIndex = { name: 'daily_checkins_sync_key', table: 'daily_checkins', columns: ['sync_key'] };
const syncKeyReused = () =>
  conflict('sync_key_reused', 'This sync key already belongs to another check-in.', 'syncKey');

/** A device clock ahead of ours must not pin a check-in against later corrections. */
function recordedAtOf(recordedAt: string | undefined, now: Date): string {
  const recorded = recordedAt ? new Date(recordedAt) : now;
  return (recorded > now ? now : recorded).toISOString();
}

function toCheckin(row: { commitment_id: string; day: string; score: number; note: string | null }) {
  return { commitmentId: row.commitment_id, day: row.day, score: row.score, note: row.note };
}

export async function listCheckins(
  deps: Deps,
  user: CurrentUser,
  cycleId: string,
  range: { from?: string; to?: string },
): Promise<CheckinsView> {
  const today = await leaderToday(deps, await requireOwnCycle(deps, user, cycleId));
  const to = range.to ?? today;
  const from = range.from ?? addDays(to, -(defaultRangeDays - 1));
  if (from > to) throw invalid('invalid_range', 'The start of the range must not be after its end.', 'from');
  if (from < addDays(to, -longestRangeDays))
    throw invalid('invalid_range', 'Ask for at most a year of check-ins at a time.', 'from');
  const rows = await deps.repos.plans.listCheckins(cycleId, from, to);
  return {
    today,
    from,
    to,
    checkins: rows.map((row) => ({
      commitmentId: row.commitment_id,
      day: row.day,
      score: row.score,
      note: row.note,
    })),
    dailyEffortByWeek: dailyEffortByWeek(rows),
  };
}

/** A closed cycle keeps the leader's preference but sends nothing more (the job stops there). */
function toDailyReminder(row: DailyReminderRow | undefined, now: Date, cycleClosed: boolean): DailyReminder {
  if (!row) return { enabled: false, ...defaultReminder, byEmail: true, byPush: false, nextAt: null };
  const preference = { time: row.local_time, timeZone: row.time_zone };
  return {
    enabled: row.enabled === 1,
    ...preference,
    byEmail: row.by_email === 1,
    byPush: row.by_push === 1,
    nextAt: row.enabled === 1 && !cycleClosed ? nextReminder(preference, now).at.toISOString() : null,
  };
}

export async function getDailyReminder(deps: Deps, user: CurrentUser, cycleId: string) {
  const cycle = await requireOwnCycle(deps, user, cycleId);
  const row = await deps.repos.plans.findDailyReminder(cycleId);
  return toDailyReminder(row, deps.now(), cycle.stage === 'done');
}

/**
 * Each saved preference starts its own chain of daily jobs (its version is in the job's key);
 * jobs of an older preference find themselves stale and stop.
 */
export async function enqueueDailyReminder(
  repos: Repositories,
  leaderId: string,
  payload: DailyReminderPayload,
  runAt: Date,
  now: Date,
) {
  await repos.jobs.enqueue(
    {
      kind: dailyReminderJob,
      payload,
      runAt,
      accountId: leaderId,
      uniqueKey: [
        dailyReminderJob,
        payload.cycleId,
        payload.day,
        payload.time,
        payload.timeZone,
        payload.version,
      ].join(':'),
    },
    now,
  );
}

export async function saveDailyReminder(
  deps: Deps,
  user: CurrentUser,
  cycleId: string,
  input: DailyReminderInput,
) {
  const cycle = await requireOwnCycle(deps, user, cycleId);
  if (input.enabled) refuseClosedCycle(cycle);
  const byEmail = input.byEmail ?? true;
  const byPush = input.byPush ?? false;
  if (input.enabled && !byEmail && !byPush)
    throw invalid('reminder_channel_missing', 'Choose email, notifications or both', 'byEmail');
  const now = deps.now();
  const version = now.toISOString();
  await deps.transact(async (repos) => {
    await repos.plans.saveDailyReminder({
      cycle_id: cycleId,
      enabled: input.enabled ? 1 : 0,
      local_time: input.time,
      time_zone: input.timeZone,
      updated_at: version,
      by_email: byEmail ? 1 : 0,
      by_push: byPush ? 1 : 0,
    });
    // The zone the leader's days follow is theirs, not only this reminder's: check-ins, rounds
    // and follow-ups count in it from now on.
    await repos.accounts.updateTimeZone(user.id, input.timeZone);
    if (!input.enabled) return;
    const next = nextReminder(input, now);
    const payload = { cycleId, day: next.day, time: input.time, timeZone: input.timeZone, version };
    await enqueueDailyReminder(repos, user.id, payload, next.at, now);
  });
  return toDailyReminder(await deps.repos.plans.findDailyReminder(cycleId), now, cycle.stage === 'done');
}
