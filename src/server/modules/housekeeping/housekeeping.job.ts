import type { AppDeps } from '../../deps';
import type { JobRunner } from '../jobs';
import { housekeepingDay, nextHousekeepingRun } from './housekeeping.models';
import { deleteExpiredRows } from './housekeeping.usecases';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now' | 'config' | 'log'>;

export const housekeepingJob = 'housekeeping.daily';

/** Queues the run for runAt's day; the key per day keeps it to one run a day across all processes. */
export async function scheduleHousekeeping(deps: Pick<Deps, 'repos' | 'now'>, runAt = deps.now()) {
  await deps.repos.jobs.enqueue(
    {
      kind: housekeepingJob,
      payload: {},
      runAt,
      uniqueKey: `${housekeepingJob}:${housekeepingDay(runAt)}`,
      accountId: null,
    },
    deps.now(),
  );
}

export function housekeepingJobHandlers(deps: Deps) {
  return {
    [housekeepingJob]: async () => {
      deps.log.info('housekeeping deleted expired rows', await deleteExpiredRows(deps));
      await scheduleHousekeeping(deps, nextHousekeepingRun(deps.now()));
    },
  };
}

/** Starting the runner queues today's run (each run then queues the next day's), as retention does. */
export function withDailyHousekeeping(jobRunner: JobRunner, deps: Deps): JobRunner {
  return {
    ...jobRunner,
    start() {
      scheduleHousekeeping(deps).catch((error: unknown) =>
        deps.log.error('housekeeping scheduling failed', { error: String(error) }),
      );
      jobRunner.start();
    },
  };
}
